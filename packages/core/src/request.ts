/** Request: what the user asked for, before preparation (Requests' models.Request). */
import type { Auth } from './auth-base.js';
import { defaultHooks, type HookEvent, type Hooks, type HookTypes } from './hooks/hook-types.js';
import type { MultipartEncoder } from './multipart-encoder.js';
import { materializeHooks } from './options/materialize-hooks.js';
import { checkOptions } from './options/option-table.js';
import { REQUEST_INIT_OPTIONS } from './options/request-init-options.js';
import { registerHooks, unregisterHook } from './prepare/prepare-hooks.js';
import { PreparedRequest } from './prepared-request.js';
import type {
  CookiesInit,
  DataInit,
  FilesInit,
  HeadersInit,
  ParamsInit,
  RequestInit,
} from './request-init.js';

/**
 * A user-created request: every field is writable and nothing is validated until
 * {@link Request.prepare} (or `session.prepareRequest(request)`, which merges session state)
 * turns it into the {@link PreparedRequest} that is sent.
 *
 * @example
 * const req = new Request('POST', 'https://example.com/post', { json: { a: 1 } });
 * req.headers = { 'X-Trace': '1' };
 * const prepared = req.prepare();
 */
export class Request {
  /** The method, any case (upper-cased when prepared). */
  method: string | null;
  /** The URL, with or without a query. */
  url: string | URL | null;
  /** Headers to send; `null` values are not sent. */
  headers: HeadersInit | null;
  /** Files to upload as multipart/form-data. */
  files: FilesInit | null;
  /** The body: a form, a string, bytes, a Blob, or a stream. */
  data: DataInit | null;
  /** A JSON body (used when `data` and `files` are empty); `null`/`undefined` = none. */
  json: unknown;
  /** Query parameters appended to the URL. */
  params: ParamsInit | null;
  /** `[user, pass]` (Basic), an AuthBase, or a function. */
  auth: Auth | null;
  /** Cookies for this request: name → value, or a jar. */
  cookies: CookiesInit | null;
  /** Response hooks. */
  hooks: Hooks = defaultHooks();
  /** Encodes `files` (the session supplies its own when preparing through it). */
  multipartEncoder: MultipartEncoder | null;

  /**
   * A request to prepare: `method`, `url`, and the body, headers, auth… of `init`.
   *
   * @throws TypeError for an unknown option or a value of the wrong type.
   * @example
   * const req = new Request('POST', 'https://httpbin.org/post', { json: { a: 1 }, headers: { 'X-Trace': '1' } });
   * const r = await s.send(s.prepareRequest(req));
   */
  constructor(method?: string | null, url?: string | URL | null, init: RequestInit = {}) {
    const options = materializeHooks(init);
    checkOptions(options, REQUEST_INIT_OPTIONS);
    this.method = method ?? null;
    this.url = url ?? null;
    this.headers = options.headers ?? null;
    this.files = options.files ?? null;
    this.data = options.data ?? null;
    this.json = options.json ?? null;
    this.params = options.params ?? null;
    this.auth = options.auth ?? null;
    this.cookies = options.cookies ?? null;
    this.multipartEncoder = options.multipartEncoder ?? null;
    registerHooks(this.hooks, options.hooks);
  }

  /**
   * Adds a hook (or a list of hooks) for `event`.
   *
   * @throws TypeError for an event that is not one of `HOOKS`.
   * @example
   * const req = new Request('GET', 'https://httpbin.org/get');
   * req.registerHook('response', (response) => console.log(response.elapsed));
   */
  registerHook<E extends HookEvent>(event: E, hook: HookTypes[E] | Iterable<HookTypes[E]>): void {
    registerHooks(this.hooks, { [event]: hook }, event);
  }

  /**
   * Removes `hook` from `event`; true when it was registered.
   * @example
   * const req = new Request('GET', 'https://httpbin.org/get', { hooks: { response: logUrl } });
   * req.deregisterHook('response', logUrl); // true
   */
  deregisterHook<E extends HookEvent>(event: E, hook: HookTypes[E]): boolean {
    return unregisterHook(this.hooks, event, hook);
  }

  /**
   * The {@link PreparedRequest} for this request alone (no session state).
   *
   * @throws MissingSchema, InvalidURL, InvalidHeader, InvalidJSONError as preparation does.
   * @example
   * const prepared = new Request('GET', 'https://httpbin.org/get', { params: { q: 'x' } }).prepare();
   * console.log(prepared.url); // 'https://httpbin.org/get?q=x'
   */
  prepare(): PreparedRequest {
    return new PreparedRequest().prepare({
      method: this.method,
      url: this.url,
      headers: this.headers,
      files: this.files,
      data: this.data,
      json: this.json,
      params: this.params,
      auth: this.auth,
      cookies: this.cookies,
      hooks: this.hooks,
      multipartEncoder: this.multipartEncoder,
    });
  }

  /**
   * `<Request [GET]>`
   * @example
   * console.log(`${new Request('GET', 'https://httpbin.org/get')}`); // '<Request [GET]>'
   */
  toString(): string {
    return `<Request [${this.method}]>`;
  }

  /** `<Request [GET]>` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
