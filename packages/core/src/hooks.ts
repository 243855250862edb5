/** Response hooks: their types and how they run (Requests' hooks.py). */
import type { Response } from './response.js';
import type { SendOptions } from './send-options.js';

/**
 * Called with each response before it is returned. Returning a `Response` (or a Promise of
 * one) replaces it for the hooks that follow and for the caller; returning nothing keeps it.
 *
 * @example
 * const logUrl: ResponseHook = (r) => { console.log(r.url) };
 * await requests.get(url, { hooks: { response: logUrl } });
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a hook may return nothing, as in Requests.
export type ResponseHook = (r: Response, options: SendOptions) => Response | void | Promise<Response | void>;

/** The events a hook can be registered for. */
export type HookEvent = 'response';

/** The hooks of a request or session, one list per event. */
export interface Hooks {
  response: ResponseHook[];
}

/** What `hooks` options accept: one hook or a list per event. */
export interface HooksInit {
  response?: ResponseHook | Iterable<ResponseHook> | null | undefined;
}

/** The names of every hook event, as Requests' `HOOKS`. */
export const HOOKS: readonly HookEvent[] = ['response'];

/** A fresh `{ response: [] }`. */
export function defaultHooks(): Hooks {
  return { response: [] };
}

/**
 * Runs the hooks registered for `event` in order: each receives the response the previous
 * one returned (or the original when it returned nothing).
 *
 * @returns the response the last hook left in place.
 * @example
 * response = await dispatchHook(request.hooks, 'response', response, options);
 */
export async function dispatchHook(
  hooks: Hooks | HooksInit | null | undefined,
  event: HookEvent,
  response: Response,
  options: SendOptions,
): Promise<Response> {
  const registered = hooks?.[event];
  if (registered == null) return response;
  const list: Iterable<ResponseHook> = typeof registered === 'function' ? [registered] : registered;
  let current = response;
  for (const hook of list) {
    const replaced = await hook(current, options);
    if (replaced != null) current = replaced;
  }
  return current;
}
