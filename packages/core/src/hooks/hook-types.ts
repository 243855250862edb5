/** Hook types: one function type per event of a request's life (Requests' hooks.py, grown). */
import type { PreparedRequest } from '../prepared-request.js';
import type { Request } from '../request.js';
import type { RequestArgs } from '../request-args.js';
import type { Response } from '../response.js';
import type { SendOptions } from '../send-options.js';

// biome-ignore-start lint/suspicious/noConfusingVoidType: a hook may return nothing, as in Requests.

/**
 * Called with the arguments of a call (`{ method, url, ...options }`) before the `Request` is
 * built; returning an object replaces them (Requests 0.x's `args` hook).
 *
 * @example
 * const addTesting: ArgsHook = (args) => ({ ...args, headers: { ...args.headers, 'X-Testing': 'True' } });
 */
export type ArgsHook = (args: RequestArgs) => RequestArgs | void | Promise<RequestArgs | void>;

/**
 * Called with the `Request` before it is prepared; returning a `Request` replaces it.
 *
 * @example
 * const tag: PreRequestHook = (request) => { request.params = { tag: 'x' } };
 */
export type PreRequestHook = (request: Request) => Request | void | Promise<Request | void>;

/**
 * Called with each prepared request right before the adapter sends it — after auth and
 * cookies, on every hop (redirects and retries too); returning one replaces it.
 *
 * @example
 * const signing: PreSendHook = (p) => { p.headers.set('X-Signature', hmac(String(p.body))) };
 */
export type PreSendHook = (
  prepared: PreparedRequest,
  options: SendOptions,
) => PreparedRequest | void | Promise<PreparedRequest | void>;

/**
 * Called when the adapter answered, before the body is read; returning a `Response` replaces it.
 *
 * @example
 * const logStatus: PostRequestHook = (p, r) => { console.log(p.method, p.url, r.statusCode) };
 */
export type PostRequestHook = (
  prepared: PreparedRequest,
  response: Response,
) => Response | void | Promise<Response | void>;

/**
 * Called with each response before it is returned. Returning a `Response` (or a Promise of
 * one) replaces it for the hooks that follow and for the caller; returning nothing keeps it.
 *
 * @example
 * const logUrl: ResponseHook = (r) => { console.log(r.url) };
 * await requests.get(url, { hooks: { response: logUrl } });
 */
export type ResponseHook = (r: Response, options: SendOptions) => Response | void | Promise<Response | void>;

/**
 * Called before a redirect is followed with the redirect response and the request that would
 * be sent next; returning a `PreparedRequest` replaces it, `false` stops following (the
 * redirect response is then the answer, with `next` set).
 *
 * @example
 * const sameHostOnly: RedirectHook = (r, next) => new URL(next.url).host === new URL(r.url).host;
 */
export type RedirectHook = (
  response: Response,
  next: PreparedRequest,
) => PreparedRequest | boolean | void | Promise<PreparedRequest | boolean | void>;

/**
 * What a {@link RetryHook} is told about the retry about to happen.
 * @example
 * const logRetry = (info: RetryInfo) => {
 *   console.log(`retry ${info.attempt} of ${info.request.url} in ${info.delay} ms`, info.response?.statusCode ?? info.error);
 * };
 * const s = new Session({ retries: 2, hooks: { retry: logRetry } });
 * await s.get('https://httpbin.org/status/503');
 */
export interface RetryInfo {
  /** The request being retried. */
  request: PreparedRequest;
  /** The error that made the attempt fail, when it failed. */
  error?: unknown;
  /** The response whose status is retried, when there is one (closed once the hooks agree to retry). */
  response?: Response;
  /** The number of the retry about to happen: 1 for the first. */
  attempt: number;
  /** How long the adapter will wait before it, in ms. */
  delay: number;
}

/**
 * Called before an adapter retries; returning a number replaces the delay (ms), `false`
 * gives up (the error is thrown, the response returned).
 *
 * @example
 * const log: RetryHook = ({ attempt, delay }) => { console.log(`retry ${attempt} in ${delay} ms`) };
 */
export type RetryHook = (info: RetryInfo) => number | false | void | Promise<number | false | void>;

/**
 * Called when a request fails; returning a `Response` recovers (it is the answer), returning
 * an error replaces the one thrown.
 *
 * @example
 * const offline: ErrorHook = (error, p) => { if (error instanceof ConnectionError) return cachedResponse(p) };
 */
export type ErrorHook = (
  error: unknown,
  prepared: PreparedRequest,
) => Response | Error | void | Promise<Response | Error | void>;

// biome-ignore-end lint/suspicious/noConfusingVoidType: -

/**
 * Every hook event and its function type.
 *
 * @example
 * ```ts
 * import type { HookTypes } from '@reqs/core';
 * import requests from 'reqs';
 *
 * const onResponse: HookTypes['response'] = (r) => console.log(r.statusCode);
 * const onRetry: HookTypes['retry'] = ({ attempt, delay }) => console.log(`retry ${attempt} in ${delay} ms`);
 * await requests.get('https://httpbin.org/get', { hooks: { response: onResponse, retry: onRetry } });
 * ```
 */
export interface HookTypes {
  /** Sees (and may replace) the call's arguments before the `Request` is built. */
  args: ArgsHook;
  /** Sees (and may replace) the `Request` before it is prepared. */
  preRequest: PreRequestHook;
  /** Sees (and may replace) each prepared request right before the adapter sends it. */
  preSend: PreSendHook;
  /** Sees (and may replace) the adapter's response before its body is read. */
  postRequest: PostRequestHook;
  /** Sees (and may replace) each response before it is returned. */
  response: ResponseHook;
  /** Approves, replaces or stops the next request of a redirect. */
  redirect: RedirectHook;
  /** Changes the delay of a retry, or gives it up. */
  retry: RetryHook;
  /** Sees a failed request's error, and may recover with a response or replace the error. */
  error: ErrorHook;
}

/**
 * The events a hook can be registered for.
 * @example
 * for (const event of HOOKS) console.log(event); // 'args', 'preRequest', 'preSend', …
 * const event: HookEvent = 'response';
 */
export type HookEvent = keyof HookTypes;

/**
 * Any hook.
 *
 * @example
 * ```ts
 * import type { AnyHook } from '@reqs/core';
 *
 * // Count every hook a session has registered, whatever its event.
 * const all: AnyHook[] = Object.values(s.hooks).flat();
 * console.log(`${all.length} hooks`);
 * ```
 */
export type AnyHook = HookTypes[HookEvent];

/**
 * The hooks of a request or session, one list per event. `response` is always there; the
 * other lists are created when a hook is first registered (an unused event costs nothing).
 *
 * @example
 * ```ts
 * import type { Hooks } from '@reqs/core';
 *
 * const hooks: Hooks = { response: [logStatus], preSend: [(p) => { p.headers.set('X-Sent-At', String(Date.now())) }] };
 * s.hooks = hooks;
 * ```
 */
export type Hooks = { response: ResponseHook[] } & { [E in Exclude<HookEvent, 'response'>]?: HookTypes[E][] };

/**
 * What `hooks` options accept: one hook or a list per event.
 * @example
 * await requests.get('https://httpbin.org/get', {
 *   hooks: {
 *     response: [(r) => console.log(r.statusCode)],
 *     preSend: (p) => {
 *       p.headers.set('X-Sent-At', String(Date.now()));
 *     },
 *   },
 * });
 */
export type HooksInit = { [E in HookEvent]?: HookTypes[E] | Iterable<HookTypes[E]> | null | undefined };

/**
 * The names of every hook event, as Requests' `HOOKS`, in the order they fire.
 *
 * @example
 * ```ts
 * import { HOOKS } from '@reqs/core';
 *
 * for (const event of HOOKS) console.log(event, s.hooks[event]?.length ?? 0);
 * ```
 */
export const HOOKS: readonly HookEvent[] = [
  'args',
  'preRequest',
  'preSend',
  'postRequest',
  'response',
  'redirect',
  'retry',
  'error',
];

/**
 * A fresh `{ response: [] }`.
 *
 * @example
 * ```ts
 * import { defaultHooks } from '@reqs/core';
 *
 * s.hooks = defaultHooks(); // drop every hook the session had: { response: [] }
 * ```
 */
export function defaultHooks(): Hooks {
  return { response: [] };
}

/**
 * A copy whose lists can change without touching `hooks`'.
 *
 * @example
 * ```ts
 * import { copyHooks } from '@reqs/core';
 *
 * const mine = copyHooks(s.hooks);
 * mine.response.push(logUrl); // s.hooks.response is unchanged
 * ```
 */
export function copyHooks(hooks: Hooks): Hooks {
  const copy: Hooks = { response: hooks.response.slice() };
  for (const event of HOOKS) {
    const list = hooks[event];
    if (event !== 'response' && list !== undefined) (copy[event] as AnyHook[]) = list.slice();
  }
  return copy;
}

/**
 * The hooks registered for `event` as a list (empty when none), from `Hooks` or `HooksInit`.
 *
 * @example
 * ```ts
 * import { hooksFor } from '@reqs/core';
 *
 * // In an adapter or layer: run the response hooks of a request, given as `Hooks` or as options.
 * for (const hook of hooksFor(prepared.hooks, 'response')) await hook(r, options);
 * ```
 */
export function hooksFor<E extends HookEvent>(
  hooks: Hooks | HooksInit | null | undefined,
  event: E,
): readonly HookTypes[E][] {
  const given = hooks?.[event] as HookTypes[E] | Iterable<HookTypes[E]> | null | undefined;
  if (given == null) return NO_HOOKS;
  if (typeof given === 'function') return [given];
  return Array.isArray(given) ? given : [...given];
}

const NO_HOOKS: readonly never[] = Object.freeze([]);
