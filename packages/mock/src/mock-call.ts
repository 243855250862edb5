/** One request the mock received, and what came of it. */
import type { PreparedRequest, Response } from '@reqs/core';
import type { MockRoute } from './mock-route.js';

/**
 * A request the mock adapter received: the response it gave, or the error it failed with.
 * @example
 * const call = mock.lastCall;
 * if (call) console.log(call.request.method, call.request.url, call.response?.statusCode, call.error);
 */
export interface MockCall {
  /** The request as the adapter received it. */
  readonly request: PreparedRequest;
  /** The response given, or null when the call failed. */
  readonly response: Response | null;
  /** The error the call failed with (a mocked `error`, `NoMockAddress`, a timeout…), or null. */
  readonly error: Error | null;
  /** The route that answered, or null (unmatched, or sent to the real adapter). */
  readonly route: MockRoute | null;
  /** True when the request was sent to the real adapter (`passthrough` / `realHttp`). */
  readonly passthrough: boolean;
}
