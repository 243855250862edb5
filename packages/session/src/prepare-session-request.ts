/** A request prepared with the session's state merged in (Requests' Session.prepare_request). */

import {
  bindCookiesToHost,
  CookieEngineUnavailableError,
  mergeCookies,
  RequestsCookieJar,
} from '@reqs/cookies';
import {
  type Auth,
  type CaseInsensitiveDict,
  type CookieJar,
  type CookiesInit,
  type DataInit,
  type FilesInit,
  type HeadersInit,
  type Hooks,
  type HooksInit,
  type MultipartEncoder,
  type ParamsInit,
  PreparedRequest,
  plainHeaders,
} from '@reqs/core';
import { markExplicitAuth } from './explicit-auth.js';
import { mergeHeaders } from './merge-headers.js';
import { mergeHooks } from './merge-hooks.js';
import { isEmptySetting, mergeSetting } from './merge-setting.js';
import type { NetrcAuthLookup } from './rebuild-auth.js';

/** The parts of a request that preparation merges with the session (a `Request` has them all). */
export interface RequestFields {
  headers?: HeadersInit | null | undefined;
  files?: FilesInit | null | undefined;
  data?: DataInit | null | undefined;
  json?: unknown;
  params?: ParamsInit | null | undefined;
  auth?: Auth | null | undefined;
  cookies?: CookiesInit | null | undefined;
  hooks?: HooksInit | Hooks | null | undefined;
  multipartEncoder?: MultipartEncoder | null | undefined;
}

/** The session state preparation reads (a `Session` is one). */
export interface PrepareSession {
  readonly headers: CaseInsensitiveDict<string | null>;
  readonly params: ParamsInit | null;
  readonly auth: Auth | null;
  readonly hooks: Hooks;
  readonly cookies: CookieJar;
  readonly trustEnv: boolean;
  readonly baseUrl: string | null;
  readonly netrcAuth: NetrcAuthLookup | null;
  readonly multipartEncoder: MultipartEncoder | null;
}

/**
 * Prepares `method` and `url` with `fields` merged over the session: headers (a `null`
 * removes a session header), params, auth (the request's, else the session's — sent only to
 * `baseUrl`'s origin when one is set —, else `.netrc` when `trustEnv`), cookies (the session
 * jar plus the request's, which win by name and are bound to this request's host), and
 * hooks (the session's, then the request's). Nothing is written back to the session.
 * `sessionHeaders` and `sessionJar` let the session pass its plain header dict and jar rather
 * than the bracket views users hold (no Proxy trap on every request).
 *
 * @throws what `PreparedRequest`'s steps throw (MissingSchema, InvalidURL, InvalidHeader, …).
 */
export function prepareSessionRequest(
  session: PrepareSession,
  method: string | null,
  url: string | URL | null,
  fields: RequestFields,
  sessionHeaders: CaseInsensitiveDict<string | null> = session.headers,
  sessionJar: CookieJar = session.cookies,
): PreparedRequest {
  const p = new PreparedRequest();
  const encoder = fields.multipartEncoder ?? session.multipartEncoder;
  if (encoder != null) p.multipartEncoder = encoder;
  // PreparedRequest.prepare's steps in its order (method, url, headers, cookies, body, auth,
  // hooks), called one by one because cookies and auth depend on the prepared URL.
  p.prepareMethod(method);
  const params = isEmptySetting(session.params) ? fields.params : mergeSetting(fields.params, session.params);
  p.prepareUrl(resolveUrl(url, session.baseUrl), params);
  p.prepareHeaders(fields.headers == null ? sessionHeaders : mergeHeaders(fields.headers, sessionHeaders));
  const jar = cookiesFor(fields.cookies, session.cookies, p.url);
  p.prepareCookies(jar === session.cookies ? sessionJar : jar);
  p.cookieJar = jar; // the jar users see, which redirects compare with session.cookies
  p.prepareBody(fields.data, fields.files, fields.json);
  // Auth the user gave — `auth`, a URL's user:pass@, an Authorization header — is never replaced
  // by .netrc: not here, and not on a redirect hop to the same origin (see rebuildAuth).
  const given = givenAuth(fields.auth, session, p.url);
  const explicit = given !== null || plainHeaders(p).has('Authorization') || hasUserinfo(p.url);
  p.prepareAuth(explicit ? given : netrcAuth(session, p.url), p.url);
  if (explicit) markExplicitAuth(p, p.url);
  p.prepareHooks(mergeHooks(fields.hooks, session.hooks) as HooksInit);
  return p;
}

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `url` resolved against `baseUrl` when it is relative (as requests-toolbelt's BaseUrlSession). */
export function resolveUrl(url: string | URL | null, baseUrl: string | null): string | URL | null {
  if (baseUrl === null || typeof url !== 'string' || HAS_SCHEME.test(url)) return url;
  return new URL(url, baseUrl).href;
}

/** The jar to send from: the session's, or (with per-request cookies) a merged copy. */
function cookiesFor(
  requestCookies: CookiesInit | null | undefined,
  sessionJar: CookieJar,
  url: string,
): CookieJar {
  if (requestCookies == null || noCookies(requestCookies)) return sessionJar;
  const merged = mergeCookies(new RequestsCookieJar(), sessionJar);
  // The request's cookies win by name, as in Requests, and are bound to this host (docs/reference/divergences.md#security).
  for (const name of cookieNames(requestCookies)) merged.delete(name);
  try {
    bindCookiesToHost(requestCookies, url, merged);
  } catch (error) {
    // A runtime without the jar's cookie engine (a browser) says so rather than drop the cookies.
    if (error instanceof CookieEngineUnavailableError) throw error;
    // A URL without a host (an unusual scheme): nothing to bind to; sending fails later if it must.
  }
  return merged;
}

function isJar(cookies: CookiesInit): cookies is CookieJar {
  return typeof (cookies as Partial<CookieJar>).cookieHeaderFor === 'function';
}

function noCookies(cookies: CookiesInit): boolean {
  return isJar(cookies) ? cookies.size === 0 : isEmptySetting(cookies);
}

function cookieNames(cookies: CookiesInit): Iterable<string> {
  if (!isJar(cookies)) return Object.keys(cookies);
  return Array.from(cookies, (cookie) => cookie.name);
}

const HAS_USERINFO = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i;

/** The auth the user gave for `url`: the request's, else the session's (only to `baseUrl`'s origin). */
function givenAuth(requestAuth: Auth | null | undefined, session: PrepareSession, url: string): Auth | null {
  if (requestAuth != null) return requestAuth;
  const auth = session.auth;
  if (auth !== null && session.baseUrl !== null && originOf(url) !== originOf(session.baseUrl)) return null;
  return auth;
}

/** `.netrc`'s credentials for the host of `url` when `trustEnv`, else null. */
function netrcAuth(session: PrepareSession, url: string): Auth | null {
  if (!session.trustEnv || session.netrcAuth === null) return null;
  const credentials = session.netrcAuth(url);
  return credentials == null ? null : [credentials[0], credentials[1]];
}

function hasUserinfo(url: string): boolean {
  return url.includes('@') && HAS_USERINFO.test(url);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
