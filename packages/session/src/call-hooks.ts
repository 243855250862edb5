/** The hooks that run before a call's request is prepared: `args`, then `preRequest`. */
import {
  type Hooks,
  hasHooks,
  Request,
  type RequestArgs,
  runArgsHooks,
  runPreRequestHooks,
} from '@reqs/core';
import { mergeHooks } from './merge-hooks.js';
import type { RequestOptions } from './request-options.js';

/** A call's arguments after its hooks: method, URL and options. */
export interface CallArgs {
  method: string;
  url: string | URL;
  options: RequestOptions;
}

/** True when the session or the call registered `args` or `preRequest` hooks (else the call skips them). */
export function hasCallHooks(sessionHooks: Hooks, options: RequestOptions): boolean {
  const hooks = options.hooks;
  // The common case in two property reads: nothing registered anywhere but response hooks.
  if (hooks == null && sessionHooks.args === undefined && sessionHooks.preRequest === undefined) return false;
  return (
    hasHooks(sessionHooks, 'args') ||
    hasHooks(sessionHooks, 'preRequest') ||
    (hooks != null && (hasHooks(hooks, 'args') || hasHooks(hooks, 'preRequest')))
  );
}

/**
 * Runs the session's then the call's `args` hooks over `{ method, url, ...options }`, then
 * (when any are registered) builds the `Request` and runs `preRequest` hooks over it.
 *
 * @throws what a hook throws.
 */
export async function runCallHooks(
  sessionHooks: Hooks,
  method: string,
  url: string | URL,
  options: RequestOptions,
): Promise<CallArgs> {
  const hooks = mergeHooks(options.hooks, sessionHooks);
  const args = await runArgsHooks(hooks, { ...options, method, url } as RequestArgs);
  const { method: newMethod, url: newUrl, ...rest } = args;
  if (!hasHooks(hooks, 'preRequest'))
    return { method: newMethod, url: newUrl, options: rest as RequestOptions };
  const request = await runPreRequestHooks(hooks, new Request(newMethod, newUrl, rest));
  return {
    method: request.method ?? newMethod,
    url: request.url ?? newUrl,
    options: optionsOf(request, rest),
  };
}

/** The options of `request` (what a `preRequest` hook may have changed) over the transport options. */
function optionsOf(request: Request, transport: RequestOptions): RequestOptions {
  return {
    ...transport,
    headers: request.headers,
    files: request.files,
    data: request.data,
    json: request.json,
    params: request.params,
    auth: request.auth,
    cookies: request.cookies,
    // The request's hooks minus the ones already run (the session's are merged in again when preparing).
    hooks: { ...request.hooks, args: undefined, preRequest: undefined },
  };
}
