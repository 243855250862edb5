// FetchAdapter: sends through the runtime's fetch, so reqs runs where fetch is the transport (Bun, Deno, browsers, edge).
import {
  BaseAdapter,
  checkOptions,
  isBoolean,
  isFunction,
  optionTable,
  type PreparedRequest,
  RequestException,
  type Response,
  resolveTimeout,
  type SendOptions,
} from '@reqs/core';
import { FetchExchange, type FetchFunction } from './fetch-exchange.js';
import { refuseUnsupportedOptions } from './refuse-unsupported.js';

/**
 * Options of {@link FetchAdapter}.
 * @example
 * new FetchAdapter({ fetch: globalThis.fetch.bind(globalThis) });
 */
export interface FetchAdapterOptions {
  /** The `fetch` to send with; default the runtime's global `fetch`, looked up at each send. */
  fetch?: FetchFunction;
  /**
   * Stream request bodies given as streams or iterables (a multipart upload, a generator) as
   * they are read (`duplex: 'half'`), or read them whole into a Blob first. Default: true,
   * except in a browser (where `document` exists): Chromium streams an upload over HTTP/2 only
   * and fails it over HTTP/1.1, Firefox and Safari not at all.
   */
  streamUploads?: boolean;
}

/** A browser's fetch cannot be trusted to stream an upload (see {@link FetchAdapterOptions.streamUploads}). */
function inBrowser(): boolean {
  return typeof (globalThis as { document?: unknown }).document !== 'undefined';
}

const FETCH_ADAPTER_OPTIONS = optionTable('new FetchAdapter', {
  fetch: isFunction,
  streamUploads: isBoolean,
});

/**
 * A transport on the runtime's `fetch` (`redirect: 'manual'`: the session follows redirects
 * and keeps cookies itself). Request bodies stream (`duplex: 'half'`), response bodies stream
 * as fetch delivers them, already decompressed by fetch. What fetch cannot do is refused with
 * a {@link FetchUnsupportedError} before sending: proxies, client certificates,
 * `verify: false` or a CA bundle, a `Host` override, `Expect` and `Upgrade`.
 *
 * @example
 * const s = new Session();
 * s.mount('https://', new FetchAdapter());
 * s.mount('http://', new FetchAdapter());
 * const r = await s.get('https://httpbin.org/get');
 */
export class FetchAdapter extends BaseAdapter {
  readonly #fetch: FetchFunction | undefined;
  readonly #streamUploads: boolean;

  /**
   * An adapter sending with `options.fetch`, else the global `fetch`.
   *
   * @throws TypeError for an unknown option or a `fetch` that is not a function.
   * @example
   * const logged: FetchFunction = (input, init) => {
   *   console.log(init.method, input);
   *   return fetch(input, init);
   * };
   * s.mount('https://', new FetchAdapter({ fetch: logged }));
   */
  constructor(options: FetchAdapterOptions = {}) {
    super();
    checkOptions(options, FETCH_ADAPTER_OPTIONS);
    this.#fetch = options.fetch;
    this.#streamUploads = options.streamUploads ?? !inBrowser();
  }

  /**
   * Sends one request through fetch; resolves at the response head.
   *
   * @throws FetchUnsupportedError for an option or header fetch cannot honour (nothing is sent),
   *   ConnectionError when fetch fails, ReadTimeout when no head comes within connect + read
   *   or the body is silent longer than read, ChunkedEncodingError when the body breaks off,
   *   the signal's reason on abort.
   * @example
   * // Sessions call it; by hand, with a prepared request:
   * const r = await new FetchAdapter().send(new Request('GET', 'https://httpbin.org/get').prepare(), { stream: false, verify: true, proxies: {} });
   */
  override async send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    refuseUnsupportedOptions(request, options);
    const send = this.#fetch ?? (globalThis.fetch as FetchFunction | undefined);
    if (typeof send !== 'function') {
      throw new RequestException(
        'FetchAdapter: this runtime has no global fetch; pass one: new FetchAdapter({ fetch })',
        {
          request,
        },
      );
    }
    const exchange = new FetchExchange(this, request, resolveTimeout(options.timeout), options.signal);
    return exchange.run(send, this.#streamUploads);
  }

  /**
   * Does nothing: fetch owns its connections, so there is nothing to release.
   * @example
   * ```ts
   * const adapter = new FetchAdapter();
   * s.mount('https://', adapter);
   * await s.get('https://httpbin.org/get');
   * await adapter.close();
   * ```
   */
  override close(): Promise<void> {
    return Promise.resolve();
  }
}
