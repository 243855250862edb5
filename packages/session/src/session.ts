/** Session: settings, cookies and connections shared across requests (Requests' sessions.Session). */

import { plainCookieJar, RequestsCookieJar } from '@reqs/cookies';
import {
  type Adapter,
  type Auth,
  CaseInsensitiveDict,
  type CaseInsensitiveDictView,
  type Cert,
  type CharsetDetector,
  type CookieJar,
  checkOptions,
  defaultHooks,
  type HookEvent,
  type Hooks,
  type HooksInit,
  type HookTypes,
  hasHooks,
  isNonNegativeInteger,
  type MultipartEncoder,
  materializeHooks,
  type PreparedRequest,
  type Request,
  type Response,
  redactUrl,
  registerHooks,
  runErrorHooks,
  type Scalar,
  type TimeoutSpec,
} from '@reqs/core';
import { applySessionSettings, sessionCookieJar } from './apply-session-settings.js';
import { hasCallHooks, runCallHooks } from './call-hooks.js';
import { startDeadline, totalTimeout } from './deadline.js';
import { defaultHeaders } from './default-headers.js';
import { resolveProxies } from './environment.js';
import { getRedirectTarget } from './get-redirect-target.js';
import { imapRequests, type MapItem, type MapOptions, mapRequests } from './map.js';
import {
  type EnvironmentSettings,
  mergeEnvironmentSettings,
  mergeProxies,
  resolveVerify,
} from './merge-environment-settings.js';
import { findAdapter, mountAdapter } from './mount-adapter.js';
import { REQUEST_OPTIONS, SEND_OPTIONS, SESSION_INIT_OPTIONS } from './option-tables.js';
import { prepareSessionRequest } from './prepare-session-request.js';
import { type NetrcAuthLookup, rebuildAuth } from './rebuild-auth.js';
import { rebuildMethod } from './rebuild-method.js';
import { rebuildProxies } from './rebuild-proxies.js';
import type { RequestOptions, SessionInit, SessionSendOptions } from './request-options.js';
import { type RedirectOptions, resolveRedirects } from './resolve-redirects.js';
import { sendRedirectHop, sendRequest } from './send.js';
import { settings, type VerboseStream } from './settings.js';
import { shouldStripAuth } from './should-strip-auth.js';
import { type CallTrace, startTrace } from './trace.js';

const newJar = (): CookieJar => new RequestsCookieJar();
// Marks the send options `request` builds from options it has checked (for…in skips symbols).
const CHECKED: unique symbol = Symbol('reqs.options-checked');

/**
 * Keeps settings, cookies and pooled connections across requests. Per-request options
 * override the session's and are never written back. No adapter is mounted by default here:
 * mount one (the `reqs` meta-package mounts `HTTPAdapter` on `http://` and `https://`).
 *
 * @example
 * await using s = new Session();
 * s.mount('https://', new HTTPAdapter());
 * s.auth = ['user', 'pass'];
 * s.headers.update({ 'x-test': 'true' });
 * const r = await s.get('https://example.com/get', { headers: { 'x-test2': 'true' } });
 */
export class Session {
  /** Sent with every request (a `null` value is not sent). Bracket access works. */
  #headers: CaseInsensitiveDict<string | null> = defaultHeaders();
  /** Default auth: `[user, pass]`, an `AuthBase` or a function. */
  auth: Auth | null = null;
  /** Default proxies (keys `http`, `https`, `all`, `scheme://host`, `all://host`, `no_proxy`). */
  proxies: Record<string, string> = {};
  /** Hooks run for every request, before the request's own (`registerHook` adds one). */
  hooks: Hooks = defaultHooks();
  /** One line per request sent (see `settings.verbose`, used when this is null). */
  verbose: VerboseStream | null = null;
  /** Query parameters added to every request. */
  params: Record<string, Scalar | Scalar[] | null> = {};
  /** Default for `stream`. */
  stream = false;
  /** Default TLS verification: `true`, `false`, or a CA bundle path. */
  verify: boolean | string = true;
  /** Default client certificate. */
  cert: Cert | null = null;
  /** Default timeout (beyond Requests); `undefined` means the built-in defaults. */
  timeout: TimeoutSpec | undefined = undefined;
  /** Most redirects followed before `TooManyRedirects`. */
  maxRedirects = 30;
  /** Read proxies, CA bundles and `.netrc` from the environment. */
  trustEnv = true;
  #cookies: CookieJar;
  // The same jar without the bracket Proxy, read on every request (see plainCookieJar).
  #plainCookies: CookieJar;
  /** Adapters by URL prefix, longest prefix first (use `mount`). */
  adapters = new Map<string, Adapter>();
  /** Relative URLs resolve against it; session `auth` is only sent to its origin. */
  baseUrl: string | null;
  /** Guesses `apparentEncoding` of responses (null: core's UTF-8-or-Windows-1252 fallback). */
  charsetDetector: CharsetDetector | null;
  /** Encodes `files` uploads. */
  multipartEncoder: MultipartEncoder | null;
  /** `.netrc` lookup, used when `trustEnv` is on and no auth is given. */
  netrcAuth: NetrcAuthLookup | null;

  /**
   * @param init settings (`auth`, `headers`, `params`, `cookies`, `proxies`, `hooks`, `verify`,
   *   `cert`, `timeout`, `stream`, `trustEnv`, `maxRedirects`, `baseUrl`, `verbose`) and components.
   * @throws TypeError for an unknown option or a value of the wrong type.
   * @example
   * await using s = new Session({ auth: ['user', 'pass'], headers: { 'x-test': 'true' }, timeout: 5000 });
   */
  constructor(init: SessionInit = {}) {
    const options = materializeHooks(init);
    checkOptions(options, SESSION_INIT_OPTIONS);
    this.#cookies = sessionCookieJar(options.cookies, newJar);
    this.#plainCookies = plainCookieJar(this.#cookies);
    this.charsetDetector = options.charsetDetector ?? null;
    this.multipartEncoder = options.multipartEncoder ?? null;
    this.netrcAuth = options.netrcAuth ?? null;
    this.baseUrl = options.baseUrl ?? null;
    applySessionSettings(this, this.#headers, options);
  }

  /**
   * The cookie jar: filled from every response, sent with every request. A RequestsCookieJar
   * answers bracket access (`s.cookies['sid']`, `s.cookies['sid'] = 'x'`); assign any CookieJar.
   */
  get cookies(): CookieJar {
    return this.#cookies;
  }
  set cookies(jar: CookieJar) {
    this.#cookies = jar;
    this.#plainCookies = plainCookieJar(jar);
  }

  /** The default headers; bracket access works (`s.headers['user-agent']`). */
  get headers(): CaseInsensitiveDictView<string | null> {
    return this.#headers.view();
  }
  set headers(headers: CaseInsensitiveDict<string | null> | Readonly<Record<string, string | null>>) {
    this.#headers = headers instanceof CaseInsensitiveDict ? headers : CaseInsensitiveDict.plain(headers);
  }

  /**
   * Prepares and sends a request with the session's settings merged in.
   *
   * `args` and `preRequest` hooks (the session's, then the request's) run before preparing.
   *
   * @throws TypeError for an unknown option or a value of the wrong type (before the hooks);
   *   MissingSchema, InvalidURL, InvalidHeader (before any I/O), InvalidSchema when no
   *   adapter is mounted for the URL, TooManyRedirects, the adapter's errors, and what a hook throws.
   * @example
   * await using s = new Session();
   * const r = await s.request('PROPFIND', 'https://example.org/dav/', { headers: { Depth: '1' } });
   */
  request(method: string, url: string | URL, given: RequestOptions = {}): Promise<Response> {
    // A hook list given as a generator is read once, here: the check would use it up.
    const options = materializeHooks(given);
    try {
      checkOptions(options, REQUEST_OPTIONS);
    } catch (error) {
      return Promise.reject(error);
    }
    if (!hasCallHooks(this.hooks, options)) return this.#request(method, url, options);
    return runCallHooks(this.hooks, method, url, options).then((a) => {
      if (a.options === options) return this.#request(a.method, a.url, options);
      // What an args hook returned is checked too: it is what is sent.
      const changed = materializeHooks(a.options);
      checkOptions(changed, REQUEST_OPTIONS);
      return this.#request(a.method, a.url, changed);
    });
  }

  #request(method: string, url: string | URL, options: RequestOptions): Promise<Response> {
    let prepared: PreparedRequest;
    try {
      prepared = prepareSessionRequest(this, method, url, options, this.#headers, this.#plainCookies);
    } catch (error) {
      return Promise.reject(error);
    }
    return this.send(prepared, {
      stream: options.stream,
      timeout: options.timeout,
      verify: resolveVerify(options.verify, this.verify, this.trustEnv),
      cert: options.cert,
      proxies: mergeProxies(options.proxies, this.proxies),
      allowRedirects: options.allowRedirects ?? true,
      signal: options.signal,
      cache: options.cache,
      // Built from options checked above: send need not check them again (the hot path).
      [CHECKED]: true,
    } as SessionSendOptions);
  }

  /**
   * `GET`.
   * @example
   * const r = await s.get('https://httpbin.org/get', { params: { q: 'reqs', page: 2 }, timeout: 5_000 });
   * console.log(r.json());
   */
  get(url: string | URL, options?: RequestOptions): Promise<Response> {
    return this.request('GET', url, options);
  }
  /**
   * `OPTIONS`.
   * @example
   * const r = await s.options('https://httpbin.org/get');
   * console.log(r.headers.get('allow'));
   */
  options(url: string | URL, options?: RequestOptions): Promise<Response> {
    return this.request('OPTIONS', url, options);
  }
  /**
   * `HEAD`; redirects are not followed unless `allowRedirects: true`.
   * @example
   * const r = await s.head('https://httpbin.org/bytes/2048');
   * console.log(r.headers.get('content-length')); // '2048', and no body was sent
   */
  head(url: string | URL, options: RequestOptions = {}): Promise<Response> {
    return this.request('HEAD', url, { ...options, allowRedirects: options.allowRedirects ?? false });
  }
  /**
   * `POST`.
   * @example
   * await s.post('https://httpbin.org/post', { json: { name: 'reqs' } }); // a JSON body
   * await s.post('https://httpbin.org/post', { data: { name: 'reqs' } }); // a form body
   */
  post(url: string | URL, options?: RequestOptions): Promise<Response> {
    return this.request('POST', url, options);
  }
  /**
   * `PUT`.
   * @example
   * await s.put('https://httpbin.org/put', { data: 'raw text', headers: { 'Content-Type': 'text/plain' } });
   */
  put(url: string | URL, options?: RequestOptions): Promise<Response> {
    return this.request('PUT', url, options);
  }
  /**
   * `PATCH`.
   * @example
   * await s.patch('https://httpbin.org/patch', { json: { done: true } });
   */
  patch(url: string | URL, options?: RequestOptions): Promise<Response> {
    return this.request('PATCH', url, options);
  }
  /**
   * `DELETE`.
   * @example
   * (await s.delete('https://httpbin.org/delete')).raiseForStatus();
   */
  delete(url: string | URL, options?: RequestOptions): Promise<Response> {
    return this.request('DELETE', url, options);
  }

  /**
   * Sends a prepared request: picks the adapter, stores cookies from every response, runs
   * hooks, follows redirects (`allowRedirects`, default true), reads the body unless `stream`.
   * Options left out take the session's values; `timeout.total` is one deadline for it all.
   *
   * @throws TypeError `You can only send PreparedRequests.` for a `Request` (prepare it first
   *   with `session.prepareRequest`) or anything else that is not a `PreparedRequest`; else as
   *   {@link Session.request}.
   * @example
   * const prepared = s.prepareRequest(new Request('GET', 'https://httpbin.org/headers'));
   * prepared.headers.set('X-Signed', 'yes'); // change what will be sent
   * const r = await s.send(prepared, { timeout: 5_000 });
   */
  async send(prepared: PreparedRequest, options: SessionSendOptions = {}): Promise<Response> {
    // Requests' ValueError: a Request (or anything else) must be prepared first.
    if (typeof (prepared as Partial<PreparedRequest> | null)?.prepareBody !== 'function')
      throw new TypeError('You can only send PreparedRequests.');
    if ((options as { [CHECKED]?: true })[CHECKED] !== true) checkOptions(options, SEND_OPTIONS);
    // An attribute set by hand (`s.maxRedirects = -1`) is checked here, before any I/O.
    if (!Number.isInteger(this.maxRedirects) || this.maxRedirects < 0)
      isNonNegativeInteger(this.maxRedirects, 'maxRedirects');
    const stream = options.stream ?? this.stream;
    const timeout = options.timeout === undefined ? this.timeout : options.timeout;
    const total = totalTimeout(timeout);
    const signal = options.signal ?? undefined;
    const deadline =
      total === null ? null : startDeadline(total, signal, `${prepared.method} ${redactUrl(prepared.url)}`);
    const redirectOptions: RedirectOptions = {
      stream,
      timeout,
      verify: options.verify ?? this.verify,
      cert: options.cert ?? this.cert ?? undefined,
      proxies: options.proxies == null ? this.proxies : mergeProxies(options.proxies, {}),
      signal: deadline === null ? signal : deadline.signal,
      cache: options.cache ?? undefined,
    };
    const trace = startTrace(this.verbose ?? settings.verbose, prepared);
    if (trace !== null) redirectOptions.onRetry = trace.retry;
    const first = {
      ...redirectOptions,
      proxies: resolveProxies(prepared.url, redirectOptions.proxies, this.trustEnv),
    };
    try {
      const response = await sendRequest(
        this,
        prepared,
        redirectOptions,
        first,
        options.allowRedirects ?? true,
        trace,
      );
      trace?.end(response);
      return response;
    } catch (error) {
      deadline?.cancel();
      return await this.#failed(prepared, error, trace);
    } finally {
      // With stream: true the deadline goes on over the body the caller reads.
      if (!stream) deadline?.cancel();
    }
  }

  /** The `error` hooks' answer to a failed send: a recovered response, else the error (theirs or the original) thrown. */
  async #failed(prepared: PreparedRequest, error: unknown, trace: CallTrace | null): Promise<Response> {
    let thrown = error;
    if (hasHooks(prepared.hooks, 'error')) {
      const outcome = await runErrorHooks(prepared, error);
      if ('response' in outcome) {
        trace?.end(outcome.response);
        return outcome.response;
      }
      thrown = outcome.error;
    }
    trace?.error(thrown);
    throw thrown;
  }

  /**
   * Sends every item — `AsyncRequest`s, `Request`s, `PreparedRequest`s or URLs (GET) from an
   * array or any sync or async iterable, pulled lazily — `size` at a time (default 10) over
   * this session's pools, cookies and settings; resolves to the results in input order. A
   * failure is `null`, or what `exceptionHandler(item, error)` returns; with `throwOnError`
   * the first one rejects and the rest are aborted. Other options are defaults for every item.
   *
   * @throws TypeError for a bad `size` or items; see {@link MapOptions}.
   * @example
   * const responses = await s.map(urls, { size: 20, timeout: 5_000 });
   */
  map<T = never>(
    items: Iterable<MapItem> | AsyncIterable<MapItem>,
    options?: MapOptions<T>,
  ): Promise<(Response | T | null)[]> {
    return mapRequests(this, items, options);
  }

  /**
   * As {@link Session.map}, yielding each response as it completes (in input order with
   * `ordered: true`); failures are skipped unless `exceptionHandler` returns a value.
   * Breaking out of the loop aborts the requests in flight.
   *
   * @example
   * for await (const r of s.imap(urls, { size: 64 })) console.log(r.statusCode, r.url);
   */
  imap<T = never>(
    items: Iterable<MapItem> | AsyncIterable<MapItem>,
    options?: MapOptions<T>,
  ): AsyncGenerator<Response | T, void, undefined> {
    return imapRequests(this, items, options);
  }

  /**
   * Prepares `request` with the session's headers, params, auth, cookies and hooks merged in.
   * @example
   * s.headers['X-Client'] = 'docs';
   * const prepared = s.prepareRequest(new Request('POST', 'https://httpbin.org/post', { json: { a: 1 } }));
   * console.log(prepared.headers.get('x-client'), prepared.body); // 'docs', '{"a":1}'
   */
  prepareRequest(request: Request): PreparedRequest {
    return prepareSessionRequest(
      this,
      request.method,
      request.url,
      request,
      this.#headers,
      this.#plainCookies,
    );
  }

  /**
   * Request settings over the session's over the environment's (explicit settings win).
   * @example
   * const settings = s.mergeEnvironmentSettings('https://httpbin.org/get', {}, null, null, null);
   * console.log(settings.verify); // REQUESTS_CA_BUNDLE's path when it is set (and trustEnv is on), else true
   */
  mergeEnvironmentSettings(
    url: string,
    proxies: Readonly<Record<string, string | null>> | null | undefined,
    stream: boolean | null | undefined,
    verify: boolean | string | null | undefined,
    cert: Cert | null | undefined,
  ): EnvironmentSettings {
    return mergeEnvironmentSettings(this, url, proxies, stream, verify, cert);
  }

  /**
   * Adds a hook (or a list) for `event` to every request of this session.
   *
   * @throws TypeError for an event that is not one of `HOOKS`.
   * @example s.registerHook('preSend', (p) => { p.headers.set('X-Request-Id', randomUUID()) });
   */
  registerHook<E extends HookEvent>(event: E, hook: HookTypes[E] | Iterable<HookTypes[E]>): void {
    registerHooks(this.hooks, { [event]: hook } as HooksInit, event);
  }

  /**
   * Mounts `adapter` for URLs starting with `prefix`; longer prefixes are tried first.
   * @example
   * s.mount('https://api.example.org/', new HTTPAdapter({ maxRetries: 3, poolMaxsize: 20 }));
   */
  mount(prefix: string, adapter: Adapter): void {
    mountAdapter(this.adapters, prefix, adapter);
  }

  /**
   * The adapter mounted for the longest prefix of `url`.
   * @throws InvalidSchema `No connection adapters were found for '…'`.
   * @example
   * const adapter = s.getAdapter('https://httpbin.org/get'); // the HTTPAdapter mounted for 'https://'
   */
  getAdapter(url: string): Adapter {
    return findAdapter(this.adapters, url);
  }

  /**
   * Closes every mounted adapter (each once).
   * @example
   * const s = new Session();
   * try {
   *   await s.get('https://httpbin.org/get');
   * } finally {
   *   await s.close();
   * }
   */
  async close(): Promise<void> {
    const results = await Promise.allSettled([...new Set(this.adapters.values())].map((a) => a.close()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  /**
   * `await using s = new Session()` closes it at the end of the scope.
   * @example
   * {
   *   await using s = new Session();
   *   await s.get('https://httpbin.org/get');
   * } // closed here
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * Follows the redirect `response` to `request`; yields each new response (see
   * resolve-redirects). With `stream` false (the session's default) each comes read, as in
   * Requests: a redirect's small body kept, the last response's body read whole.
   * @example
   * const first = await s.get('https://httpbin.org/redirect/2', { allowRedirects: false });
   * if (first.request) for await (const hop of s.resolveRedirects(first, first.request)) console.log(hop.statusCode, hop.url);
   */
  resolveRedirects(
    response: Response,
    request: PreparedRequest,
    options: Partial<RedirectOptions> = {},
  ): AsyncGenerator<Response, void, undefined> {
    const resolved: RedirectOptions = {
      stream: options.stream ?? this.stream,
      timeout: options.timeout === undefined ? this.timeout : options.timeout,
      verify: options.verify ?? this.verify,
      cert: options.cert ?? this.cert ?? undefined,
      proxies: options.proxies ?? this.proxies,
      signal: options.signal,
    };
    return resolveRedirects(this, response, request, resolved, (p, o) => sendRedirectHop(this, p, o));
  }

  /**
   * The `Location` of a redirect response (UTF-8 re-decoded), or null.
   * @example
   * const r = await s.get('https://httpbin.org/redirect/1', { allowRedirects: false });
   * console.log(s.getRedirectTarget(r)); // '/get'
   */
  getRedirectTarget(response: Response): string | null {
    return getRedirectTarget(response);
  }
  /**
   * True when a redirect from `oldUrl` to `newUrl` must drop `Authorization`.
   * @example
   * s.shouldStripAuth('https://a.example/x', 'https://b.example/y'); // true: another host
   * s.shouldStripAuth('http://a.example/x', 'https://a.example/y'); // false: the http → https upgrade keeps it
   */
  shouldStripAuth(oldUrl: string, newUrl: string): boolean {
    return shouldStripAuth(oldUrl, newUrl);
  }
  /**
   * Drops `Authorization` when the redirect leaves the origin; `.netrc` for the new host.
   * @example
   * // A session that also forgets a custom token header when a redirect leaves the origin.
   * class TokenSession extends Session {
   *   override rebuildAuth(prepared: PreparedRequest, response: Response): void {
   *     super.rebuildAuth(prepared, response);
   *     if (this.shouldStripAuth(response.url, prepared.url)) prepared.headers.delete('X-Api-Token');
   *   }
   * }
   */
  rebuildAuth(prepared: PreparedRequest, response: Response): void {
    rebuildAuth(prepared, response, this);
  }
  /**
   * The method after a redirect, as browsers do: a 302 or 303 turns every method but HEAD into
   * GET, a 301 turns POST into GET, 307 and 308 keep it.
   * @example
   * const r = await s.post('https://httpbin.org/status/303', { allowRedirects: false, data: { a: '1' } });
   * const next = r.request?.copy();
   * if (next) s.rebuildMethod(next, r); // next.method === 'GET'
   */
  rebuildMethod(prepared: PreparedRequest, response: Response): void {
    rebuildMethod(prepared, response);
  }
  /**
   * Proxies for the new hop (environment included) and `Proxy-Authorization` rebuilt.
   * @example
   * // next goes to an http:// URL, forwarded in plain by the proxy.
   * const proxies = s.rebuildProxies(next, { http: 'http://user:pass@proxy.internal:3128' });
   * next.headers.get('Proxy-Authorization'); // 'Basic dXNlcjpwYXNz'
   */
  rebuildProxies(
    prepared: PreparedRequest,
    proxies: Readonly<Record<string, string>>,
  ): Record<string, string> {
    return rebuildProxies(prepared, proxies, this.trustEnv);
  }

  /** `<Session>` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '<Session>';
  }
}
