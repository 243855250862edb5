// Retries as a wrapper around the single send (STYLE 6): connect and read errors, statuses, Retry-After.
import type { PreparedBody, PreparedRequest, Response, RetryInfo, SendOptions } from '@reqs/core';
import { hasHooks, RetryError, runPreSendHooks, runRetryHooks } from '@reqs/core';
import { abortableSleep } from './abortable-sleep.js';
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
 * What the `retry` hooks decide about the retry `state` counts: its info with the delay to
 * wait (the policy's, or a hook's), or null when a hook gave up.
 */
async function decide(
  state: Retry,
  request: PreparedRequest,
  failure: { error: unknown } | { response: Response },
): Promise<RetryInfo | null> {
  const response = 'response' in failure ? failure.response : null;
  const info: RetryInfo = {
    request,
    attempt: state.history.length,
    delay: state.getSleepTime(response),
    ...failure,
  };
  if (!hasHooks(request.hooks, 'retry')) return info;
  const delay = await runRetryHooks(info);
  if (delay === null) return null;
  info.delay = delay;
  return info;
}

/** The wait, `options.onRetry` (tracing), then the `preSend` hooks: the request to send again. */
async function resend(info: RetryInfo, options: SendOptions): Promise<PreparedRequest> {
  await abortableSleep(info.delay, options.signal);
  options.onRetry?.(info);
  return hasHooks(info.request.hooks, 'preSend') ? runPreSendHooks(info.request, options) : info.request;
}

/**
 * Wraps `send` with `retry`: connection errors (and read errors where the policy and
 * method allow) are retried after the backoff; responses whose status the policy retries
 * are closed and retried after `Retry-After` or the backoff. A request whose streamed body
 * was consumed and cannot be rewound is not retried: its error is thrown. The request's
 * `retry` hooks run before each wait (and may give up), its `preSend` hooks before each re-send.
 */
export function withRetries(retry: Retry): (send: Send) => Send {
  return (send) =>
    async function sendWithRetries(request, options) {
      let state = retry;
      let current = request;
      for (;;) {
        let response: Response;
        try {
          response = await send(current, options);
        } catch (error) {
          state = countError(state, current, error);
          const body = bodyForRetry(current);
          if (body === undefined) throw error;
          const info = await decide(state, current, { error });
          if (info === null) throw error;
          current.body = body;
          current = await resend(info, options);
          continue;
        }
        const next = await retryStatus(state, current, response);
        if (next === null) return response;
        const body = bodyForRetry(current);
        if (body === undefined) return response;
        const info = await decide(next, current, { response });
        if (info === null) return response;
        state = next;
        await response.close();
        current.body = body;
        current = await resend(info, options);
      }
    };
}
