// Shared test helpers: prepare a request, send it with default options, read the body.
import type { Readable } from 'node:stream';
import { PreparedRequest, type PrepareOptions, type Response, type SendOptions } from '@reqs/core';
import type { HTTPAdapter } from '../src/http-adapter.js';

/** A prepared request, as the session would hand it to the adapter. */
export function prepare(
  method: string,
  url: string,
  options: Omit<PrepareOptions, 'method' | 'url'> = {},
): PreparedRequest {
  return new PreparedRequest().prepare({ ...options, method, url });
}

/** Sends with stream: true and defaults (verify on, no proxies), overridden by `options`. */
export function send(
  adapter: HTTPAdapter,
  request: PreparedRequest,
  options: Partial<SendOptions> = {},
): Promise<Response> {
  return adapter.send(request, { stream: true, verify: true, proxies: {}, ...options });
}

/** Sends and reads the whole body, as the session does with stream: false. */
export async function fetchAll(
  adapter: HTTPAdapter,
  request: PreparedRequest,
  options: Partial<SendOptions> = {},
): Promise<Response> {
  const response = await send(adapter, request, options);
  await response.read();
  return response;
}

/** Resolves with the error a promise rejects with (fails the test if it resolves). */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

/** Waits `ms`. */
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The raw stream of a response (set by the adapter). */
export function rawOf(response: Response): Readable {
  return response.raw as Readable;
}

/** Awaits `promise` and measures how long that took, in ms. */
export async function timed<T>(promise: Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await promise;
  return [value, performance.now() - started];
}
