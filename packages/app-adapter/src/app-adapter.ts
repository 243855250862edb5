// AppAdapter: sends requests straight into a Node request listener, in process (httpx's WSGI/ASGI transports).
import type { RequestListener } from 'node:http';
import {
  BaseAdapter,
  checkOptions,
  isBoolean,
  optionTable,
  type PreparedRequest,
  type Response,
  resolveTimeout,
  type SendOptions,
} from '@reqs/core';
import { AppExchange } from './app-exchange.js';

/**
 * Options of {@link AppAdapter}.
 * @example
 * // Test the app's own 500 page instead of seeing its exception:
 * s.mount('http://app/', new AppAdapter(app, { raiseAppExceptions: false }));
 */
export interface AppAdapterOptions {
  /**
   * An error the listener throws (or its returned promise rejects with) is rethrown by `send`
   * (default true); with false the request answers `500` with an empty body instead, unless the
   * response had begun, in which case its body fails with the error.
   */
  raiseAppExceptions?: boolean;
}

const APP_ADAPTER_OPTIONS = optionTable('new AppAdapter', { raiseAppExceptions: isBoolean });

/**
 * A transport that runs a Node request listener — `(req, res)`, as given to
 * `http.createServer`: a plain handler, an Express app, Koa's `app.callback()` — in process,
 * with no socket: each request becomes an `IncomingMessage` and a `ServerResponse` on an
 * in-memory socket, and the bytes the response writes come back as a streaming `Response`.
 * The session above runs for real: cookies, redirects within the app, auth, hooks.
 *
 * @example
 * const s = new Session();
 * s.mount('http://app/', new AppAdapter(expressApp));
 * const r = await s.get('http://app/users/1');
 */
export class AppAdapter extends BaseAdapter {
  /** The request listener every request runs through. */
  readonly handler: RequestListener;
  /** Whether an error of the app is rethrown by `send` (see {@link AppAdapterOptions.raiseAppExceptions}). */
  readonly raiseAppExceptions: boolean;

  /**
   * An adapter running `handler` for every request sent through it.
   *
   * @throws TypeError when `handler` is not a function, or for an unknown option or a value of the wrong type.
   * @example
   * const app: RequestListener = (req, res) => {
   *   res.setHeader('Content-Type', 'application/json');
   *   res.end(JSON.stringify({ path: req.url }));
   * };
   * s.mount('http://app/', new AppAdapter(app, { raiseAppExceptions: false }));
   * (await s.get('http://app/hello')).json(); // { path: '/hello' }
   */
  constructor(handler: RequestListener, options: AppAdapterOptions = {}) {
    super();
    if (typeof handler !== 'function') {
      throw new TypeError(
        `new AppAdapter: handler must be a (req, res) request listener function, got ${typeof handler}`,
      );
    }
    checkOptions(options, APP_ADAPTER_OPTIONS);
    this.handler = handler;
    this.raiseAppExceptions = options.raiseAppExceptions ?? true;
  }

  /**
   * Runs one request through the listener; resolves when the response head is written, with
   * the body streaming as the app writes it.
   *
   * @throws the app's own error (with `raiseAppExceptions`), ReadTimeout when the head takes
   *   longer than the read (or total) timeout, the signal's reason on abort.
   * @example
   * // Sessions call it; by hand, with a prepared request:
   * const r = await new AppAdapter(app).send(new Request('GET', 'http://app/').prepare(), { stream: false, verify: true, proxies: {} });
   */
  override send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    if (options.signal?.aborted) return Promise.reject(options.signal.reason);
    const exchange = new AppExchange(
      this,
      request,
      resolveTimeout(options.timeout),
      options.signal,
      this.raiseAppExceptions,
    );
    return exchange.run(this.handler);
  }

  /**
   * Does nothing: there are no connections to release (the app's server, if any, is yours to close).
   * @example
   * ```ts
   * const adapter = new AppAdapter(app);
   * s.mount('http://app.test/', adapter);
   * await s.get('http://app.test/health');
   * await adapter.close();
   * ```
   */
  override close(): Promise<void> {
    return Promise.resolve();
  }
}
