// Asserts a rejection of one exact reqs error class, with a message that says what went wrong.
import { expect } from 'vitest';

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;

/**
 * Awaits `promise`, expects it to reject with exactly `type` (its `name`, not a subclass)
 * whose message matches `message`, and returns the error. A response that arrives instead is
 * closed (so the failure leaves no socket open) and fails the test.
 */
export async function expectError<E extends Error>(
  promise: Promise<unknown>,
  type: ErrorClass<E>,
  message: RegExp,
): Promise<E> {
  const error = await promise.then(
    async (value) => {
      await (value as { close?: () => Promise<void> } | null)?.close?.();
      throw new Error(`expected ${type.name}, but the call resolved with ${String(value)}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(type);
  expect((error as Error).name).toBe(type.name);
  expect((error as Error).message).toMatch(message);
  return error as E;
}
