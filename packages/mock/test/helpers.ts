// Shared test helpers: a Session with a MockAdapter installed, closed when the test ends.
import { Session } from '@reqs/session';
import { onTestFinished } from 'vitest';
import { MockAdapter, type MockAdapterOptions } from '../src/index.js';

/** A Session from @reqs/session with a fresh MockAdapter installed (both closed by the test). */
export function mockSession(options: MockAdapterOptions = {}): { session: Session; mock: MockAdapter } {
  const session = new Session();
  const mock = new MockAdapter(options).install(session);
  onTestFinished(() => session.close());
  return { session, mock };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
