/** AsyncRequest: a request described now and sent later (Requests 0.x's `async.get(url)`, grequests' AsyncRequest). */
import { checkOptions, materializeHooks, type Response } from '@reqs/core';
import { REQUEST_OPTIONS } from './option-tables.js';
import type { RequestOptions } from './request-options.js';

/**
 * What can send an {@link AsyncRequest}: a `Session`, or the module-level `request` of `reqs`.
 * @example
 * const sender: RequestSender = { request: (method, url, options) => s.request(method, url, { ...options, timeout: 5_000 }) };
 * await new AsyncRequest('GET', 'https://httpbin.org/get').send(sender);
 */
export interface RequestSender {
  /** Sends `method` to `url` with the options of `session.request` and resolves to the response. */
  request(method: string, url: string | URL, options?: RequestOptions): Promise<Response>;
}

/**
 * An unsent request: `send()` sends it (through the session given, else the sender it was
 * made with); `map`/`imap` send many at once. Once done, `response` or `error` is set.
 *
 * @throws TypeError (from the constructor) for an unknown option or a value of the wrong type.
 * @example
 * const rs = urls.map((u) => requests.async.get(u));
 * const responses = await requests.map(rs, { size: 5 });
 */
export class AsyncRequest {
  /** The method, e.g. `'GET'`. */
  readonly method: string;
  /** The URL. */
  readonly url: string | URL;
  /** The options of the call (the same as the verbs'). */
  readonly options: RequestOptions;
  /** The response, once sent successfully. */
  response: Response | null = null;
  /** Why sending failed, once it failed (null before and on success). */
  error: unknown = null;
  readonly #sender: RequestSender | null;

  /**
   * An unsent request: `method`, `url` and the options of `session.request`, checked now;
   * `sender` is the session `send()` uses when it is given none.
   *
   * @throws TypeError for an unknown option or a value of the wrong type.
   * @example
   * const pending = new AsyncRequest('POST', 'https://httpbin.org/post', { json: { a: 1 } });
   * const r = await pending.send(session);
   */
  constructor(
    method: string,
    url: string | URL,
    options: RequestOptions = {},
    sender: RequestSender | null = null,
  ) {
    // Checked now, where the mistake is made, not when map sends it (a failure there is a null);
    // a hook list given as a generator is read once, before the check would use it up.
    this.options = materializeHooks(options);
    checkOptions(this.options, REQUEST_OPTIONS);
    this.method = method;
    this.url = url;
    this.#sender = sender;
  }

  /**
   * Sends the request through `session` (else the sender it was made with); `defaults` are
   * options its own override. Sets `response` or `error`.
   *
   * @throws TypeError when there is nothing to send it with; what the request throws.
   * @example
   * const pending = requests.async.get('https://httpbin.org/get', { params: { q: 'x' } });
   * const r = await pending.send(null, { timeout: 5_000 }); // its own session; a default timeout
   * console.log(pending.response === r); // true
   */
  async send(session?: RequestSender | null, defaults?: RequestOptions): Promise<Response> {
    const sender = session ?? this.#sender;
    if (sender == null)
      throw new TypeError('AsyncRequest.send() needs a session: none was given and none was bound');
    const options = defaults === undefined ? this.options : { ...defaults, ...this.options };
    try {
      this.response = await sender.request(this.method, this.url, options);
      this.error = null;
      return this.response;
    } catch (error) {
      this.error = error;
      throw error;
    }
  }

  /**
   * The request as `<AsyncRequest [GET]>` (its method), for logs.
   * @example
   * const pending = requests.async.get('https://httpbin.org/get');
   * console.log(String(pending)); // '<AsyncRequest [GET]>'
   */
  toString(): string {
    return `<AsyncRequest [${this.method}]>`;
  }

  /** `<AsyncRequest [GET]>` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }
}
