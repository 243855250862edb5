/** Following redirects, one hop at a time (Requests' SessionRedirectMixin.resolve_redirects). */
import {
  type Adapter,
  type CookieJar,
  type CookieLike,
  hasHooks,
  InvalidSchema,
  type PreparedRequest,
  type Response,
  rewindBody,
  runRedirectHooks,
  type SendOptions,
  TooManyRedirects,
} from '@reqs/core';
import { drainRedirectBody } from './drain-redirect-body.js';
import { carryExplicitAuth } from './explicit-auth.js';
import { resolveRedirectUrl } from './resolve-redirect-url.js';

/**
 * What following redirects needs from a session (a `Session` is one).
 * @example
 * // A session of your own follows redirects with the default rules.
 * const session: RedirectSession = s;
 * for await (const hop of resolveRedirects(session, r, p, { stream: false, verify: true, proxies: {} }, sendHop)) console.log(hop.url);
 */
export interface RedirectSession {
  /** Most redirects followed before `TooManyRedirects` is thrown. */
  readonly maxRedirects: number;
  /** The jar the redirect responses' cookies are stored in and each hop's `Cookie` is read from. */
  readonly cookies: CookieJar;
  /** The adapter for `url`; throws InvalidSchema "No connection adapters were found for '…'" when none. */
  getAdapter(url: string): Adapter;
  /** The `Location` of a redirect response, or null when `response` is not a redirect. */
  getRedirectTarget(response: Response): string | null;
  /** Changes the next hop's method for the redirect status (a 303 becomes GET…). */
  rebuildMethod(prepared: PreparedRequest, response: Response): void;
  /** Drops or sets the next hop's `Authorization` for its origin. */
  rebuildAuth(prepared: PreparedRequest, response: Response): void;
  /** The proxies for the next hop, with its `Proxy-Authorization` rebuilt. */
  rebuildProxies(
    prepared: PreparedRequest,
    proxies: Readonly<Record<string, string>>,
  ): Record<string, string>;
}

/**
 * Options of a redirect chain: the adapter options, with the proxies as configured (not yet resolved per URL).
 * @example
 * const chain: RedirectOptions = { stream: false, timeout: 10_000, verify: true, proxies: { https: 'http://proxy.internal:3128' } };
 * for await (const hop of resolveRedirects(s, r, p, chain, sendHop)) console.log(hop.statusCode);
 */
export type RedirectOptions = Omit<SendOptions, 'proxies'> & { proxies: Readonly<Record<string, string>> };

/**
 * Sends one hop (no redirects followed): adapter, cookies, hooks.
 * @example
 * // The simplest hop: the session's adapter for the URL, nothing else.
 * const viaAdapter: SendHop = (prepared, options) => s.getAdapter(prepared.url).send(prepared, options);
 * for await (const hop of resolveRedirects(s, r, p, { stream: false, verify: true, proxies: {} }, viaAdapter)) console.log(hop.url);
 */
export type SendHop = (prepared: PreparedRequest, options: SendOptions) => Promise<Response>;

/** The state a redirect chain carries from hop to hop. */
export interface RedirectState {
  /** The fragment in force (`''` for none). */
  fragment: string;
  /** Where cookies are read from and stored (the session's, or a per-request jar). */
  jar: CookieJar;
  /** The proxies as configured. */
  proxies: Readonly<Record<string, string>>;
  /**
   * The scheme the chain started on (`'http:'`); the only scheme other than http(s) a
   * redirect may go to. Defaults to the scheme of the request being redirected.
   */
  startScheme?: string | undefined;
}

/** Header names that describe a body, dropped with it. */
const BODY_HEADERS = ['Content-Length', 'Content-Type', 'Transfer-Encoding'];

/**
 * The request for the redirect `response` to `request` points to, per Requests' rules:
 * URL resolved (relative, scheme-relative, fragment carried), method rebuilt (`rebuildMethod`),
 * the body and its headers dropped except on 307/308 (where the body is rewound), `Cookie`
 * recomputed from `jar` (`response`'s cookies and the session's stored in it first), a user
 * `Host` header dropped on every hop (same host included), proxies and `Proxy-Authorization` rebuilt, `Authorization` rebuilt.
 * A redirect may go to `http:` and `https:`, and to another scheme only when the chain
 * started on it (`state.startScheme`): a network origin must not reach a local adapter such
 * as `http+unix://` (stricter than Requests).
 *
 * @throws InvalidURL for a `Location` that is not a URL; InvalidSchema for a scheme no adapter
 *   is mounted for ("No connection adapters were found for '…'"), or one the chain did not
 *   start on ("… redirects may not leave http(s) …"); UnrewindableBodyError when a 307/308
 *   must re-send a body that can be read only once.
 */
export function buildRedirectRequest(
  session: RedirectSession,
  response: Response,
  request: PreparedRequest,
  location: string,
  state: RedirectState,
): { request: PreparedRequest; fragment: string; proxies: Record<string, string> } {
  const next = request.copy();
  carryExplicitAuth(request, next);
  const target = resolveRedirectUrl(location, response.url || request.url, state.fragment);
  next.prepareUrl(target.url);
  checkRedirectScheme(session, next.url, state.startScheme ?? schemeOf(request.url));
  session.rebuildMethod(next, response);
  const headers = next.headers;
  if (response.statusCode !== 307 && response.statusCode !== 308) {
    for (const name of BODY_HEADERS) headers.delete(name);
    next.body = null;
    next.bodyRewind = null;
  }
  headers.delete('Cookie');
  if (state.jar !== session.cookies) {
    // A request's own jar (a copy, see redirectJar) takes the hop's cookies and, as in Requests
    // (GH #3579), the session's — those whose names it lacks, so the request's still win by name.
    const setCookies = response.headers.getAll('set-cookie');
    if (setCookies.length > 0)
      state.jar.storeResponseCookies(setCookies, response.request?.url ?? request.url);
    addMissingCookies(state.jar, session.cookies);
  }
  next.cookieJar = state.jar;
  next.prepareCookies(state.jar);
  // A user's Host named the first URL's authority; every hop sends its own URL's (hardening).
  headers.delete('Host');
  const proxies = session.rebuildProxies(next, state.proxies);
  session.rebuildAuth(next, response);
  if (next.body !== null) rewindBody(next);
  return { request: next, fragment: target.fragment, proxies };
}

/**
 * Follows the redirect `response` (the answer to `request`) and then each redirect after it,
 * yielding every new response, oldest first; the last one yielded is not a redirect (unless a
 * `redirect` hook of the request returned false: then it stops, setting `response.next`). Each
 * redirect response is released before the next hop (`drainRedirectBody`: small bodies read,
 * never decompressed). The caller owns the responses yielded.
 *
 * @throws TooManyRedirects `Exceeded 30 redirects.` past `maxRedirects`, with the last response,
 *   whose `history` holds the responses before it (`maxRedirects` of them);
 *   what `buildRedirectRequest` and the hop throw (InvalidSchema, before any I/O, for a
 *   `Location` no adapter is mounted for, or one that leaves http(s) for a scheme the chain
 *   did not start on).
 * @example
 * for await (const hop of resolveRedirects(session, r, r.request, options, sendHop)) console.log(hop.url);
 */
export async function* resolveRedirects(
  session: RedirectSession,
  response: Response,
  request: PreparedRequest,
  options: RedirectOptions,
  sendHop: SendHop,
): AsyncGenerator<Response, void, undefined> {
  let resp = response;
  let req = request;
  let location = session.getRedirectTarget(resp);
  const state: RedirectState = {
    fragment: fragmentOf(req.url),
    jar: redirectJar(req, session),
    proxies: options.proxies,
    startScheme: schemeOf(req.url),
  };
  const followed = [resp];
  let hops = 0;
  while (location !== null) {
    const hooked = hasHooks(req.hooks, 'redirect');
    // Without redirect hooks the body goes first, so a bad Location never leaves it unread.
    if (!hooked) await drainRedirectBody(resp);
    if (hops >= session.maxRedirects) {
      if (hooked) await drainRedirectBody(resp);
      // As Requests: the error's response carries every response before it in `history`.
      resp.history = followed.slice(0, -1);
      throw new TooManyRedirects(`Exceeded ${session.maxRedirects} redirects.`, {
        request: req,
        response: resp,
      });
    }
    const built = buildRedirectRequest(session, resp, req, location, state);
    state.fragment = built.fragment;
    let next: PreparedRequest | null = built.request;
    if (hooked) {
      try {
        next = await runRedirectHooks(req.hooks, resp, next);
      } catch (error) {
        await resp.close();
        throw error;
      }
      // false from a hook: this redirect response is the answer, `next` what it points to.
      if (next === null) {
        resp.next = built.request;
        return;
      }
      await drainRedirectBody(resp);
    }
    req = next;
    resp = await sendHop(req, { ...options, proxies: built.proxies });
    followed.push(resp);
    hops++;
    location = session.getRedirectTarget(resp);
    yield resp;
  }
}

/**
 * Refuses a redirect to a scheme other than http(s) unless the chain started on it. A scheme
 * without an adapter keeps Requests' "No connection adapters were found for '…'".
 */
function checkRedirectScheme(session: RedirectSession, url: string, startScheme: string): void {
  const scheme = schemeOf(url);
  if (scheme === 'http:' || scheme === 'https:' || scheme === startScheme) return;
  session.getAdapter(url);
  throw new InvalidSchema(
    `Refused a redirect to the scheme '${scheme}': redirects may not leave http(s) for another scheme (this chain started on '${startScheme}')`,
  );
}

/**
 * The jar a redirect chain reads and stores cookies in: the session's, or a copy of the
 * request's own jar (any CookieJar; a copy, so the caller's jar is not changed by the chain).
 */
export function redirectJar(request: PreparedRequest, session: RedirectSession): CookieJar {
  const own = request.cookieJar;
  return own === null || own === session.cookies ? session.cookies : own.copy();
}

/** Adds to `jar` the cookies of `from` whose names `jar` does not hold. */
function addMissingCookies(jar: CookieJar, from: CookieJar): void {
  if (from.size === 0) return;
  const names = new Set(Array.from(jar, (cookie) => cookie.name));
  const setCookie = (jar as { setCookie?: (cookie: CookieLike) => void }).setCookie;
  for (const cookie of from) {
    if (names.has(cookie.name)) continue;
    // setCookie (RequestsCookieJar) keeps host-only and HttpOnly; the interface's set cannot.
    if (typeof setCookie === 'function') setCookie.call(jar, cookie);
    else jar.set(cookie.name, cookie.value, cookie);
  }
}

/** The lower-cased scheme of `url` with its colon (`'http+unix:'`), or `''` when it has none. */
function schemeOf(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(url);
  return match === null ? '' : `${match[1]?.toLowerCase()}:`;
}

function fragmentOf(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? '' : url.slice(hash + 1);
}
