/** Session hooks and request hooks together: both run, the session's first (docs/reference/hooks.md). */
import { type AnyHook, HOOKS, type Hooks, type HooksInit, hooksFor } from '@reqs/core';

/**
 * The hooks a prepared request gets: for every event the session's, then the request's.
 * Unlike Requests (where a request's list replaces the session's), both run. Returns one of
 * the inputs unchanged when the other has no hooks.
 *
 * @example
 * mergeHooks({ response: logBody }, session.hooks); // { response: [...session.hooks.response, logBody] }
 */
export function mergeHooks(
  requestHooks: HooksInit | Hooks | null | undefined,
  sessionHooks: Hooks | HooksInit | null | undefined,
): HooksInit | Hooks | null | undefined {
  if (isEmpty(sessionHooks)) return requestHooks;
  if (isEmpty(requestHooks)) return sessionHooks;
  const merged: Record<string, AnyHook[]> = {};
  for (const event of HOOKS) {
    const session = hooksFor(sessionHooks, event) as readonly AnyHook[];
    const request = hooksFor(requestHooks, event) as readonly AnyHook[];
    if (session.length + request.length > 0) merged[event] = [...session, ...request];
  }
  return merged as HooksInit;
}

function isEmpty(hooks: HooksInit | Hooks | null | undefined): boolean {
  if (hooks == null) return true;
  for (const event in hooks) if (hooksFor(hooks, event as keyof HooksInit).length > 0) return false;
  return true;
}
