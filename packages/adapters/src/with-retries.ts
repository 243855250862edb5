// Retries as a wrapper around the single send (STYLE 6): connect and read errors, statuses, Retry-After.
import type { PreparedBody, PreparedRequest, Response, SendOptions } from '@reqs/core';
import { RetryError } from '@reqs/core';
import type { Retry } from './retry.js';

/** One send: what the adapter does for one request. */
export type Send = (request: PreparedRequest, options: SendOptions) => Promise<Response>;

function isReusable(body: PreparedBody): boolean {
  return body === null || typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob;
}

/** The body to send again, or null when it was consumed and cannot be had afresh. */
function bodyForRetry(request: PreparedRequest): PreparedBody | undefined {
  if (isReusable(request.body)) return request.body;
  const rewind = request.bodyRewind;
  return rewind === null ? undefined : rewind();
}

/**
 * Counts `error` on `retry`: the next state, or throws. An exhausted error retry throws
 * the last error itself (a ConnectionError, ConnectTimeout, ReadTimeout… as Requests turns
 * urllib3's MaxRetryError back into them); only status retries end in RetryError.
 */
function countError(retry: Retry, request: PreparedRequest, error: unknown): Retry {
  try {
    return retry.increment({ method: request.method, url: request.url, error });
  } catch (exhausted) {
    throw exhausted instanceof RetryError && exhausted.cause === error ? error : exhausted;
  }
}

async function retryStatus(
  retry: Retry,
  request: PreparedRequest,
  response: Response,
): Promise<Retry | null> {
  const hasRetryAfter = response.headers.get('retry-after') !== undefined;
  if (!retry.isRetry(request.method, response.statusCode, hasRetryAfter)) return null;
  try {
    return retry.increment({ method: request.method, url: request.url, response });
  } catch (exhausted) {
    if (!retry.raiseOnStatus) return null;
    await response.close();
    throw exhausted;
  }
}

/**
 * Wraps `send` with `retry`: connection errors (and read errors where the policy and
 * method allow) are retried after the backoff; responses whose status the policy retries
 * are closed and retried after `Retry-After` or the backoff. A request whose streamed body
 * was consumed and cannot be rewound is not retried: its error is thrown.
 */
export function withRetries(retry: Retry): (send: Send) => Send {
  return (send) =>
    async function sendWithRetries(request, options) {
      let state = retry;
      for (;;) {
        let response: Response;
        try {
          response = await send(request, options);
        } catch (error) {
          state = countError(state, request, error);
          const body = bodyForRetry(request);
          if (body === undefined) throw error;
          request.body = body;
          await state.sleep(null, options.signal);
          continue;
        }
        const next = await retryStatus(state, request, response);
        if (next === null) return response;
        const body = bodyForRetry(request);
        if (body === undefined) return response;
        state = next;
        await response.close();
        request.body = body;
        await state.sleep(response, options.signal);
      }
    };
}
