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
  TimeoutSpec,
} from '@reqs/core';
import type { NetrcAuthLookup } from './rebuild-auth.js';

/** Transport options of `session.send(prepared, options)`; each falls back to the session's value. */
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

/** Options of `session.request(method, url, options)` and the verbs (docs/reference/options.md). */
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

/** What `new Session(init)` accepts: the swappable components (docs/reference/layers.md), all optional. */
export interface SessionInit {
  /** The cookie jar (default: a new `RequestsCookieJar`). */
  cookies?: CookieJar | undefined;
  /** Guesses `apparentEncoding` for responses. */
  charsetDetector?: CharsetDetector | null | undefined;
  /** Encodes `files` (e.g. @reqs/multipart's). */
  multipartEncoder?: MultipartEncoder | null | undefined;
  /** `.netrc` lookup used when `trustEnv` is on (e.g. @reqs/auth's `getNetrcAuth`). */
  netrcAuth?: NetrcAuthLookup | null | undefined;
  /** Relative URLs resolve against it; session auth is only sent to its origin. */
  baseUrl?: string | null | undefined;
}
