/** Session hooks and request hooks together: both run, the session's first (API.md §13). */
import type { Hooks, HooksInit, ResponseHook } from '@reqs/core';

/**
 * The hooks a prepared request gets: the session's, then the request's. Unlike Requests
 * (where a request's list replaces the session's), both run. Returns one of the inputs
 * unchanged when the other has no hooks.
 *
 * @example
 * mergeHooks({ response: logBody }, session.hooks); // { response: [...session.hooks.response, logBody] }
 */
export function mergeHooks(
  requestHooks: HooksInit | Hooks | null | undefined,
  sessionHooks: Hooks | HooksInit | null | undefined,
): HooksInit | Hooks | null | undefined {
  const session = listOf(sessionHooks?.response);
  if (session.length === 0) return requestHooks;
  const request = listOf(requestHooks?.response);
  if (request.length === 0) return sessionHooks;
  return { response: [...session, ...request] };
}

function listOf(hooks: ResponseHook | Iterable<ResponseHook> | null | undefined): readonly ResponseHook[] {
  if (hooks == null) return [];
  if (typeof hooks === 'function') return [hooks];
  return Array.isArray(hooks) ? hooks : [...hooks];
}
