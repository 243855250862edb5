/** The options of `Session` and its verbs (docs/reference/options.md). */
import type {
  Auth,
  Cert,
  CharsetDetector,
  CookieJar,
  CookiesInit,
  DataInit,
  FilesInit,
  HeadersInit,
  HooksInit,
  MultipartEncoder,
  ParamsInit,
  RequestCacheSetting,
  Scalar,
  TimeoutSpec,
} from '@reqs/core';
import type { NetrcAuthLookup } from './rebuild-auth.js';
import type { VerboseStream } from './settings.js';

/**
 * Transport options of `session.send(prepared, options)`; each falls back to the session's value.
 * @example
 * const options: SessionSendOptions = { stream: true, timeout: 10_000, allowRedirects: false };
 * const r = await s.send(s.prepareRequest(new Request('GET', 'https://httpbin.org/get')), options);
 */
export interface SessionSendOptions {
  /** `false` (default): the body is read before the promise resolves. */
  stream?: boolean | null | undefined;
  /** ms; see `TimeoutSpec`. `undefined` takes `session.timeout`; `null` waits forever. */
  timeout?: TimeoutSpec | undefined;
  /** TLS verification: `true`, `false`, or a CA bundle file or directory. */
  verify?: boolean | string | null | undefined;
  /** Client certificate. */
  cert?: Cert | null | undefined;
  /** Proxy URLs by key (`http`, `https`, `all`, `scheme://host`, `all://host`, and `no_proxy`). */
  proxies?: Readonly<Record<string, string | null>> | null | undefined;
  /** Follow redirects (default true). */
  allowRedirects?: boolean | undefined;
  /** Cancels the request; the promise rejects with the signal's reason. */
  signal?: AbortSignal | null | undefined;
  /** For a caching adapter (@reqs/cache): `false` skips the cache, or `{ expireAfter, onlyIfCached, refresh }`. */
  cache?: RequestCacheSetting | null | undefined;
}

/**
 * Options of `session.request(method, url, options)` and the verbs (docs/reference/options.md).
 * @example
 * const options: RequestOptions = {
 *   params: { q: 'reqs' },
 *   headers: { Accept: 'application/json' },
 *   timeout: { connect: 3_000, read: 10_000 },
 *   allowRedirects: false,
 * };
 * await requests.get('https://httpbin.org/get', options);
 */
export interface RequestOptions extends SessionSendOptions {
  /** Query parameters, merged after the URL's own query and over `session.params`. */
  params?: ParamsInit | null | undefined;
  /** The body: a form, a string, bytes, a Blob, a stream or an iterable. */
  data?: DataInit | null | undefined;
  /** A JSON body (ignored when `data` or `files` is given). */
  json?: unknown;
  /** Files to send as `multipart/form-data`. */
  files?: FilesInit | null | undefined;
  /** Headers merged over `session.headers`; `null` removes a session header. */
  headers?: HeadersInit | null | undefined;
  /** Cookies for this request only, bound to its host. */
  cookies?: CookiesInit | null | undefined;
  /** `[user, pass]` (Basic), an `AuthBase`, or a function; replaces `session.auth`. */
  auth?: Auth | null | undefined;
  /** Response hooks, run after the session's. */
  hooks?: HooksInit | null | undefined;
}

/**
 * The settings `new Session(init)` accepts (Requests 0.x's `requests.session(auth=…, headers=…)`):
 * each becomes the session attribute of the same name.
 * @example
 * await using s = new Session({ auth: ['user', 'pass'], params: { api: 'v2' }, verify: '/etc/ssl/corp-ca.pem', maxRedirects: 5 });
 */
export interface SessionSettings {
  /** Default auth: `[user, pass]` (Basic), an `AuthBase`, or a function. */
  auth?: Auth | null | undefined;
  /** Headers over the default ones (a `null` value removes a default header). */
  headers?: HeadersInit | null | undefined;
  /** Query parameters added to every request. */
  params?: Readonly<Record<string, Scalar | Scalar[] | null>> | null | undefined;
  /** Default proxies (keys `http`, `https`, `all`, `scheme://host`, `all://host`, `no_proxy`). */
  proxies?: Readonly<Record<string, string | null>> | null | undefined;
  /** Hooks run for every request, before the request's own. */
  hooks?: HooksInit | null | undefined;
  /** Default TLS verification: `true`, `false`, or a CA bundle file or directory. */
  verify?: boolean | string | null | undefined;
  /** Default client certificate. */
  cert?: Cert | null | undefined;
  /** Default timeout (see `TimeoutSpec`). */
  timeout?: TimeoutSpec | undefined;
  /** Default for `stream`. */
  stream?: boolean | null | undefined;
  /** Read proxies, CA bundles and `.netrc` from the environment (default true). */
  trustEnv?: boolean | null | undefined;
  /** Most redirects followed before `TooManyRedirects` (default 30). */
  maxRedirects?: number | null | undefined;
  /** One line per request sent, to any `{ write(line) }` (`process.stderr`). */
  verbose?: VerboseStream | null | undefined;
}

/**
 * What `new Session(init)` accepts: its settings and the swappable components (docs/reference/layers.md), all optional.
 * @example
 * await using s = new Session({ headers: { 'User-Agent': 'my-app/1.0' }, cookies: new RequestsCookieJar(), timeout: 5_000 });
 */
export interface SessionInit extends SessionSettings {
  /** The cookie jar (default: a new `RequestsCookieJar`), or an object of cookies to start it with. */
  cookies?: CookieJar | Readonly<Record<string, string>> | undefined;
  /** Guesses `apparentEncoding` for responses. */
  charsetDetector?: CharsetDetector | null | undefined;
  /** Encodes `files` (e.g. @reqs/multipart's). */
  multipartEncoder?: MultipartEncoder | null | undefined;
  /** `.netrc` lookup used when `trustEnv` is on (e.g. @reqs/auth's `getNetrcAuth`). */
  netrcAuth?: NetrcAuthLookup | null | undefined;
  /** Relative URLs resolve against it; session auth is only sent to its origin. */
  baseUrl?: string | null | undefined;
}
