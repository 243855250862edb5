/**
 * Running the request-side hooks: each hook receives what the previous one left in place; a
 * returned value replaces it, nothing keeps it. A hook's error propagates to the caller.
 */
import type { PreparedRequest } from '../prepared-request.js';
import type { Request } from '../request.js';
import type { RequestArgs } from '../request-args.js';
import type { Response } from '../response.js';
import type { SendOptions } from '../send-options.js';
import { type Hooks, type HooksInit, hooksFor, type RetryInfo } from './hook-types.js';

type HookSource = Hooks | HooksInit | null | undefined;

/**
 * `args` hooks: the call's arguments, possibly replaced.
 * @example
 * // A client of your own, before it builds the request:
 * const args = await runArgsHooks(s.hooks, { method: 'GET', url: 'https://httpbin.org/get', timeout: 5_000 });
 * const req = new Request(args.method, args.url, { headers: args.headers, params: args.params });
 */
export async function runArgsHooks(hooks: HookSource, args: RequestArgs): Promise<RequestArgs> {
  let current = args;
  for (const hook of hooksFor(hooks, 'args')) current = (await hook(current)) ?? current;
  return current;
}

/**
 * `preRequest` hooks: the request, possibly replaced.
 * @example
 * const req = await runPreRequestHooks(s.hooks, new Request('GET', 'https://httpbin.org/get'));
 * const prepared = req.prepare();
 */
export async function runPreRequestHooks(hooks: HookSource, request: Request): Promise<Request> {
  let current = request;
  for (const hook of hooksFor(hooks, 'preRequest')) current = (await hook(current)) ?? current;
  return current;
}

/**
 * `preSend` hooks of `prepared` (its own list): the request to send.
 * @example
 * // Right before an adapter is given the request:
 * const toSend = await runPreSendHooks(p, options);
 * const response = await s.getAdapter(toSend.url).send(toSend, options);
 */
export async function runPreSendHooks(
  prepared: PreparedRequest,
  options: SendOptions,
): Promise<PreparedRequest> {
  let current = prepared;
  for (const hook of hooksFor(prepared.hooks, 'preSend')) current = (await hook(current, options)) ?? current;
  return current;
}

/**
 * `postRequest` hooks of `prepared`: the response, possibly replaced.
 * @example
 * const response = await runPostRequestHooks(p, await s.getAdapter(p.url).send(p, options));
 */
export async function runPostRequestHooks(prepared: PreparedRequest, response: Response): Promise<Response> {
  let current = response;
  for (const hook of hooksFor(prepared.hooks, 'postRequest'))
    current = (await hook(prepared, current)) ?? current;
  return current;
}

/**
 * `redirect` hooks of the request being redirected: the next request, or null to stop following.
 * @example
 * // `r` answered `p` with a redirect; `next` is the request that follows it:
 * const follow = await runRedirectHooks(p.hooks, r, next);
 * if (follow === null) console.log('a hook stopped at', r.headers.get('location'));
 */
export async function runRedirectHooks(
  hooks: HookSource,
  response: Response,
  next: PreparedRequest,
): Promise<PreparedRequest | null> {
  let current = next;
  for (const hook of hooksFor(hooks, 'redirect')) {
    const result = await hook(response, current);
    if (result === false) return null;
    if (result != null && result !== true) current = result;
  }
  return current;
}

/**
 * `retry` hooks: the delay to wait (ms), or null when a hook gave up.
 * @example
 * // In an adapter that retries `p` after its response `r` (a 503):
 * const delay = await runRetryHooks({ request: p, response: r, attempt: 1, delay: 500 });
 * if (delay !== null) await new Promise((resume) => setTimeout(resume, delay));
 */
export async function runRetryHooks(info: RetryInfo): Promise<number | null> {
  let delay = info.delay;
  for (const hook of hooksFor(info.request.hooks, 'retry')) {
    const result = await hook({ ...info, delay });
    if (result === false) return null;
    if (typeof result === 'number') delay = result;
  }
  return delay;
}

/**
 * `error` hooks of `prepared`: a `Response` that recovers from `error`, or the error to throw
 * (the original unless a hook returned another).
 * @example
 * const outcome = await runErrorHooks(p, new ConnectionError('Connection refused', { request: p }));
 * if ('error' in outcome) throw outcome.error;
 * console.log('a hook recovered with', outcome.response.statusCode);
 */
export async function runErrorHooks(
  prepared: PreparedRequest,
  error: unknown,
): Promise<{ response: Response } | { error: unknown }> {
  let current = error;
  for (const hook of hooksFor(prepared.hooks, 'error')) {
    const result = await hook(current, prepared);
    if (result instanceof Error) current = result;
    else if (result != null) return { response: result };
  }
  return { error: current };
}

/**
 * True when `hooks` has at least one hook for `event` (the hot path's check).
 *
 * @example
 * ```ts
 * import { hasHooks } from '@reqs/core';
 *
 * // In an adapter: skip building the retry info when nobody listens.
 * if (hasHooks(prepared.hooks, 'retry')) console.log('retry hooks registered');
 * ```
 */
export function hasHooks(hooks: HookSource, event: keyof Hooks): boolean {
  const list = hooks?.[event];
  if (list == null) return false;
  return typeof list === 'function' || (Array.isArray(list) ? list.length > 0 : true);
}
