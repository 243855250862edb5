/** The send path of a session, in named steps that each own their cleanup (httpx's layering). */

import { RequestsCookieJar } from '@reqs/cookies';
import {
  type Adapter,
  type CharsetDetector,
  type CookieJar,
  dispatchHook,
  hasHooks,
  type PreparedRequest,
  plainHeaders,
  type Response,
  runPostRequestHooks,
  runPreSendHooks,
  type SendOptions,
} from '@reqs/core';
import { drainRedirectBody } from './drain-redirect-body.js';
import {
  buildRedirectRequest,
  type RedirectOptions,
  type RedirectSession,
  redirectJar,
  resolveRedirects,
} from './resolve-redirects.js';
import type { CallTrace } from './trace.js';

/** What sending needs from a session (a `Session` is one). */
export interface SendSession extends RedirectSession {
  readonly charsetDetector: CharsetDetector | null;
  getAdapter(url: string): Adapter;
}

const cookieJarFactory = (): CookieJar => new RequestsCookieJar();

/**
 * One exchange, no redirects: runs the `preSend` hooks (which may replace the request),
 * picks the adapter, sends, stamps the response (elapsed, timings, connection, charset
 * detector, cookie jar factory), stores its cookies in the session jar, runs the
 * `postRequest` hooks, then the `response` hooks (a returned response replaces it, and its
 * cookies are stored too). With `stream` false the body is read before the response hooks
 * run (so a hook can call `r.json()`), except for a redirect about to be followed
 * (`following`), whose body is drained with a bound later. Closes the response when reading
 * or a hook fails.
 *
 * @throws InvalidSchema (before any I/O) when no adapter is mounted for the URL; what the
 *   adapter and the hooks throw.
 */
export async function sendOnce(
  session: SendSession,
  prepared: PreparedRequest,
  options: SendOptions,
  following: boolean,
  trace: CallTrace | null = null,
): Promise<Response> {
  const preSend = prepared.hooks.preSend;
  const request =
    preSend !== undefined && preSend.length > 0 ? await runPreSendHooks(prepared, options) : prepared;
  const adapter = session.getAdapter(request.url);
  trace?.sent(request);
  const start = performance.now();
  let response = await adapter.send(request, options);
  if (response.elapsed === 0) response.elapsed = performance.now() - start;
  response.timings ??= { start: Date.now() - response.elapsed, response: response.elapsed };
  stamp(session, response, adapter, request);
  const hooks = request.hooks;
  if (hooks.response.length === 0 && hooks.postRequest === undefined) return response;
  let hooked: Response;
  try {
    if (hasHooks(hooks, 'postRequest')) response = await postRequest(session, request, response, adapter);
    if (!options.stream && !(following && session.getRedirectTarget(response) !== null))
      await response.read();
    hooked = await dispatchHook(hooks, 'response', response, options);
  } catch (error) {
    await response.close();
    throw error;
  }
  if (hooked !== response) stamp(session, hooked, adapter, hooked.request ?? request);
  return hooked;
}

/** The `postRequest` hooks; a response they return is stamped, the one it replaces closed. */
async function postRequest(
  session: SendSession,
  request: PreparedRequest,
  response: Response,
  adapter: Adapter,
): Promise<Response> {
  let replaced: Response;
  try {
    replaced = await runPostRequestHooks(request, response);
  } catch (error) {
    await response.close();
    throw error;
  }
  if (replaced === response) return response;
  await response.close();
  stamp(session, replaced, adapter, replaced.request ?? request);
  return replaced;
}

function stamp(session: SendSession, response: Response, adapter: Adapter, prepared: PreparedRequest): void {
  response.connection ??= adapter;
  response.request ??= prepared;
  response.charsetDetector ??= session.charsetDetector;
  response.cookieJarFactory ??= cookieJarFactory;
  const headers = plainHeaders(response);
  if (headers.has('set-cookie'))
    session.cookies.storeResponseCookies(headers.getAll('set-cookie'), prepared.url);
}

/**
 * Sends `prepared`, then (with `allowRedirects`) follows redirects and assembles `history`,
 * or (without) sets `response.next`; with `stream` false reads the final body. Closes the
 * response it holds before rethrowing.
 */
export async function sendRequest(
  session: SendSession,
  prepared: PreparedRequest,
  options: RedirectOptions,
  first: SendOptions,
  allowRedirects: boolean,
  trace: CallTrace | null = null,
): Promise<Response> {
  const response = await sendOnce(session, prepared, first, allowRedirects, trace);
  let final = response;
  try {
    const location = session.getRedirectTarget(response);
    if (location !== null) {
      if (allowRedirects) final = await follow(session, response, prepared, options, trace);
      else response.next = nextRequest(session, response, prepared, location, options);
    }
    if (!options.stream) {
      await final.read();
      endTimings(final);
    }
    return final;
  } catch (error) {
    await final.close();
    throw error;
  }
}

async function follow(
  session: SendSession,
  response: Response,
  prepared: PreparedRequest,
  options: RedirectOptions,
  trace: CallTrace | null,
): Promise<Response> {
  let previous = response;
  const hop = async (request: PreparedRequest, hopOptions: SendOptions) => {
    trace?.redirect(previous, request);
    previous = await sendOnce(session, request, hopOptions, true, trace);
    return previous;
  };
  const chain = [response];
  for await (const next of resolveRedirects(session, response, prepared, options, hop)) chain.push(next);
  const final = chain.pop() as Response;
  // As Requests: each response's history is the responses of the chain before it, oldest first.
  // A hop's own history (the 401 an auth hook answered on it) is replaced, as Requests replaces it.
  for (let i = 0; i < chain.length; i++) (chain[i] as Response).history = chain.slice(0, i);
  final.history = chain;
  return final;
}

/**
 * One hop for a caller driving `Session#resolveRedirects` by hand: with `stream` false the
 * response comes read, as in Requests — a redirect's body drained (small ones kept, see
 * `drainRedirectBody`), any other read whole. Closes the response when reading fails.
 */
export async function sendRedirectHop(
  session: SendSession,
  prepared: PreparedRequest,
  options: SendOptions,
): Promise<Response> {
  const response = await sendOnce(session, prepared, options, true);
  if (options.stream) return response;
  try {
    if (session.getRedirectTarget(response) !== null) await drainRedirectBody(response);
    else {
      await response.read();
      endTimings(response);
    }
  } catch (error) {
    await response.close();
    throw error;
  }
  return response;
}

/** `end` and `total` for an adapter that did not time the body (ms after `start`). */
function endTimings(response: Response): void {
  const timings = response.timings;
  if (timings === null || timings.end !== undefined) return;
  timings.end = Date.now() - timings.start;
  timings.total = timings.end;
}

/** The request a redirect would send next (for `allowRedirects: false`), or null when none can be built. */
function nextRequest(
  session: SendSession,
  response: Response,
  prepared: PreparedRequest,
  location: string,
  options: RedirectOptions,
): PreparedRequest | null {
  const state = { fragment: '', jar: redirectJar(prepared, session), proxies: options.proxies };
  const hash = prepared.url.indexOf('#');
  if (hash !== -1) state.fragment = prepared.url.slice(hash + 1);
  try {
    return buildRedirectRequest(session, response, prepared, location, state).request;
  } catch {
    return null;
  }
}
