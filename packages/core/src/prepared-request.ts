/** PreparedRequest: exactly what is sent — method, URL, headers and body (Requests' models.py). */
import type { Auth } from './auth-base.js';
import type { PreparedBody } from './body.js';
import { bodyRewindFor } from './body-rewind.js';
import { CaseInsensitiveDict, type CaseInsensitiveDictView, plainDict } from './case-insensitive-dict.js';
import type { CookieJar } from './cookie-jar.js';
import {
  copyHooks,
  defaultHooks,
  type HookEvent,
  type Hooks,
  type HooksInit,
  type HookTypes,
} from './hooks/hook-types.js';
import type { MultipartEncoder } from './multipart-encoder.js';
import { materializeHooks } from './options/materialize-hooks.js';
import { checkOptions } from './options/option-table.js';
import { PREPARE_OPTIONS } from './options/request-init-options.js';
import { pathUrl } from './path-url.js';
import {
  type BodyFraming,
  checkDeclaredLength,
  clearFraming,
  isFramingUnchanged,
  readFraming,
  reframeBody,
} from './prepare/body-framing.js';
import { prepareAuth } from './prepare/prepare-auth.js';
import { prepareBody } from './prepare/prepare-body.js';
import { prepareContentLength } from './prepare/prepare-content-length.js';
import { prepareCookies } from './prepare/prepare-cookies.js';
import { prepareHeaders } from './prepare/prepare-headers.js';
import { registerHooks, unregisterHook } from './prepare/prepare-hooks.js';
import { prepareMethod } from './prepare/prepare-method.js';
import { prepareUrl } from './prepare/prepare-url.js';
import type {
  CookiesInit,
  DataInit,
  FilesInit,
  HeadersInit,
  ParamsInit,
  PrepareOptions,
} from './request-init.js';
import { superLen } from './super-len.js';

/** The plain header dict of a PreparedRequest of this copy of core, else undefined (see plainHeaders). */
export let preparedHeadersOf: (value: object) => CaseInsensitiveDict<string> | undefined;

/**
 * A request ready to send: its `method`, `url`, `headers` and `body` are exactly what an
 * adapter puts on the wire. Build one with `request.prepare()`, `session.prepareRequest(request)`
 * or `new PreparedRequest().prepare({ … })`; every field stays writable.
 *
 * @example
 * const p = new PreparedRequest();
 * p.prepare({ method: 'post', url: 'https://example.com/x', json: { a: 1 } });
 * p.headers['content-type']; // 'application/json'
 */
export class PreparedRequest {
  /** The upper-cased method; `''` until prepared. */
  method = '';
  /** The full URL, encoded; `''` until prepared. */
  url = '';
  /** Response hooks, one list per event. */
  hooks: Hooks = defaultHooks();
  /** The jar the `Cookie` header came from (for auth retries and redirects), or null. */
  cookieJar: CookieJar | null = null;
  /** Returns a fresh copy of the body to send it again, or null when it cannot be re-sent. */
  bodyRewind: (() => PreparedBody) | null = null;
  /** Encodes `files` in `prepareBody` (the session supplies @reqs/multipart's). */
  multipartEncoder: MultipartEncoder | null = null;
  #headers = CaseInsensitiveDict.plain<string>();
  #body: PreparedBody = null;
  // The Content-Length / Transfer-Encoding values preparation computed, or null when the user
  // set them (or never prepared): a new body recomputes only framing the user left alone.
  #framing: BodyFraming | null = null;

  static {
    preparedHeadersOf = (value) => (#headers in value ? value.#headers : undefined);
  }

  /**
   * What is sent: string (as UTF-8), bytes, Blob, stream or iterable of chunks, or null.
   *
   * Assigning another body after preparing keeps the request consistent: the
   * `Content-Length` / `Transfer-Encoding` that preparation computed are recomputed for it (as
   * `prepareContentLength` would, chunked for a stream of unknown size), and `bodyRewind` is
   * reset for it. A `Content-Length` you set yourself is kept and must match the new body.
   * `Content-Type` is left as it is (delete it yourself, as in Requests).
   *
   * @throws InvalidHeader when a `Content-Length` you set disagrees with the new body's known
   *   length (checked here, before any I/O).
   * @example
   * const p = new Request('POST', url, { data: { key: 'value' } }).prepare();
   * p.body = 'exactly this'; // Content-Length: 12
   */
  get body(): PreparedBody {
    return this.#body;
  }

  set body(body: PreparedBody) {
    if (body === this.#body) return;
    if (this.#framing !== null && isFramingUnchanged(this.#headers, this.#framing)) {
      reframeBody(this.#headers, this.method, body);
      this.#framing = readFraming(this.#headers);
    } else {
      checkDeclaredLength(this.#headers, superLen(body), this);
      this.#framing = null;
    }
    this.#body = body;
    this.bodyRewind = bodyRewindFor(body);
  }

  /** The headers to send; bracket access works in any casing (`p.headers['content-type']`). */
  get headers(): CaseInsensitiveDictView<string> {
    return this.#headers.view();
  }

  set headers(headers: CaseInsensitiveDict<string>) {
    this.#headers = plainDict(headers);
  }

  /** The path and query of `url` (`/` when the path is empty), as sent in the request line. */
  get pathUrl(): string {
    return pathUrl(this.url);
  }

  /**
   * Prepares every part, in Requests' order.
   *
   * @throws TypeError for an unknown option (`Unknown option 'allow_redirects' — did you mean …?`);
   *   MissingSchema, InvalidURL, InvalidHeader, InvalidJSONError as the steps do.
   * @example
   * const p = new PreparedRequest().prepare({ method: 'post', url: 'https://httpbin.org/post', json: { a: 1 }, auth: ['user', 'pass'] });
   * console.log(p.method, p.headers.get('content-type')); // 'POST' 'application/json'
   */
  prepare(init: PrepareOptions = {}): this {
    const options = materializeHooks(init);
    checkOptions(options, PREPARE_OPTIONS);
    if (options.multipartEncoder != null) this.multipartEncoder = options.multipartEncoder;
    this.prepareMethod(options.method);
    this.prepareUrl(options.url, options.params);
    this.prepareHeaders(options.headers);
    this.prepareCookies(options.cookies);
    this.prepareBody(options.data, options.files, options.json);
    // Auth comes after the body because a scheme may sign it (OAuth 1 does); hooks come after
    // auth because a scheme may register hooks of its own (Digest answers 401s with one).
    this.prepareAuth(options.auth, options.url);
    this.prepareHooks(options.hooks);
    return this;
  }

  /**
   * Upper-cases and validates the method. @throws InvalidHeader when it is not a token.
   * @example
   * p.prepareMethod('patch');
   * console.log(p.method); // 'PATCH'
   */
  prepareMethod(method: string | null | undefined): void {
    this.method = prepareMethod(method);
  }

  /**
   * Encodes the URL (IDNA host, requoting) and appends `params` after its own query.
   *
   * @throws MissingSchema when there is no scheme; InvalidURL when the host or URL is invalid.
   * @example
   * const p = new PreparedRequest();
   * p.prepareUrl('https://exämple.org/a b?x=1', { y: [1, 2] });
   * console.log(p.url); // 'https://xn--exmple-cua.org/a%20b?x=1&y=1&y=2'
   */
  prepareUrl(url: string | URL | null | undefined, params?: ParamsInit | null): void {
    this.url = prepareUrl(url, params);
  }

  /**
   * Replaces the headers with a validated copy of `headers`. @throws InvalidHeader
   * @example
   * p.prepareHeaders({ Accept: 'application/json', 'X-Trace': null }); // a null value is left out
   */
  prepareHeaders(headers: HeadersInit | null | undefined): void {
    this.#headers = prepareHeaders(headers);
  }

  /**
   * Sets the body and its `Content-Type`, `Content-Length` or `Transfer-Encoding` headers.
   *
   * @throws InvalidJSONError when `json` cannot be serialized; InvalidHeader when a
   *   `Content-Length` header disagrees with the body; RequestException when `files` is given
   *   without a multipart encoder.
   * @example
   * p.prepareBody({ name: 'x' }); // application/x-www-form-urlencoded: 'name=x'
   * p.prepareBody(null, null, { name: 'x' }); // application/json: '{"name":"x"}'
   */
  prepareBody(data: DataInit | null | undefined, files?: FilesInit | null, json?: unknown): void {
    // Preparing again replaces the framing a previous prepareBody computed.
    if (this.#framing !== null && isFramingUnchanged(this.#headers, this.#framing))
      clearFraming(this.#headers);
    const userFramed = this.#headers.has('Content-Length') || this.#headers.has('Transfer-Encoding');
    const context = {
      headers: this.#headers,
      method: this.method,
      multipartEncoder: this.multipartEncoder,
      request: this,
    };
    const prepared = prepareBody(context, { data, files, json });
    this.#body = prepared.body;
    this.bodyRewind = prepared.rewind;
    this.#framing = userFramed ? null : readFraming(this.#headers);
  }

  /**
   * Sets `Content-Length` for `body` when its size is known (`0` for body-less non-GET/HEAD).
   * @example
   * // An auth scheme of yours changed what is sent: frame the body again, as prepareAuth does.
   * p.prepareContentLength(p.body);
   * console.log(p.headers.get('content-length'));
   */
  prepareContentLength(body: PreparedBody): void {
    prepareContentLength(this.#headers, this.method, body);
    if (this.#framing !== null) this.#framing = readFraming(this.#headers);
  }

  /**
   * Applies `auth`: `[user, pass]` (HTTP Basic), an `AuthBase`, or a function; without one,
   * credentials in the URL become Basic auth. Recomputes `Content-Length` afterwards.
   * @example
   * p.prepareAuth(new HTTPBasicAuth('user', 'pass'));
   */
  prepareAuth(auth: Auth | null | undefined, _url?: string | URL | null): void {
    const result = prepareAuth(this, auth);
    if (result === null) return;
    if (result !== this) this.#adopt(result);
    this.prepareContentLength(this.body);
  }

  /**
   * Sets the `Cookie` header from `cookies` unless one is already set. @throws InvalidHeader
   * @example
   * p.prepareCookies({ session: 'abc' }); // Cookie: session=abc
   */
  prepareCookies(cookies: CookiesInit | null | undefined): void {
    this.cookieJar = prepareCookies(this.#headers, this.url, cookies);
  }

  /**
   * Registers every hook of `hooks` (one hook or a list per event) after those already there.
   * @example
   * p.prepareHooks({ response: logStatus, preSend: (request) => console.log('sending', request.url) });
   */
  prepareHooks(hooks: HooksInit | null | undefined): void {
    registerHooks(this.hooks, hooks);
  }

  /**
   * Adds a hook (or a list of hooks) for `event`.
   *
   * @throws TypeError for an event that is not one of `HOOKS`.
   * @example
   * p.registerHook('response', (response) => {
   *   console.log(response.statusCode, response.url);
   * });
   */
  registerHook<E extends HookEvent>(event: E, hook: HookTypes[E] | Iterable<HookTypes[E]>): void {
    registerHooks(this.hooks, { [event]: hook } as HooksInit, event);
  }

  /**
   * Removes `hook` from `event`; true when it was registered.
   * @example
   * const log = (response: Response) => console.log(response.url);
   * p.registerHook('response', log);
   * p.deregisterHook('response', log); // true
   */
  deregisterHook<E extends HookEvent>(event: E, hook: HookTypes[E]): boolean {
    return unregisterHook(this.hooks, event, hook);
  }

  /**
   * A copy that can be changed without touching this one: headers and hook lists are copied,
   * the cookie jar is copied, the body (and its rewind) is shared.
   * @example
   * const retry = p.copy();
   * retry.headers.set('X-Attempt', '2'); // p's headers are unchanged
   */
  copy(): PreparedRequest {
    const p = new PreparedRequest();
    p.method = this.method;
    p.url = this.url;
    p.#headers = CaseInsensitiveDict.plain(this.#headers);
    p.#body = this.#body;
    p.#framing = this.#framing;
    p.bodyRewind = this.bodyRewind;
    p.hooks = copyHooks(this.hooks);
    p.cookieJar = this.cookieJar === null ? null : this.cookieJar.copy();
    p.multipartEncoder = this.multipartEncoder;
    return p;
  }

  /**
   * `<PreparedRequest [GET]>`
   * @example
   * const p = new PreparedRequest().prepare({ method: 'post', url: 'https://httpbin.org/post' });
   * console.log(`${p}`); // '<PreparedRequest [POST]>'
   */
  toString(): string {
    return `<PreparedRequest [${this.method}]>`;
  }

  /** `<PreparedRequest [GET]>` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  /** Takes over the fields of the request an auth callable returned (Requests' `__dict__.update`). */
  #adopt(other: PreparedRequest): void {
    this.method = other.method;
    this.url = other.url;
    this.#headers = plainDict(other.headers);
    this.#body = other.body;
    // Another copy of core has no #framing to read: its headers then count as the user's.
    this.#framing = #framing in other ? other.#framing : null;
    this.bodyRewind = other.bodyRewind;
    this.hooks = other.hooks;
    this.cookieJar = other.cookieJar;
  }
}
