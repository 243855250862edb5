import type { PreparedRequest } from './prepared-request.js';
import type { Response } from './response.js';
import type { SendOptions } from './send-options.js';

/**
 * What a session needs from a transport. Implement it (or extend {@link BaseAdapter}) and
 * mount it with `session.mount(prefix, adapter)`.
 *
 * @example
 * ```ts
 * import { type Adapter, Response } from '@reqs/core';
 *
 * // A transport that answers every request itself (a test double, an in-process app).
 * const teapot: Adapter = {
 *   async send(request) {
 *     const response = new Response();
 *     response.statusCode = 418;
 *     response.url = request.url;
 *     response.content = new TextEncoder().encode("I'm a teapot");
 *     return response;
 *   },
 *   async close() {},
 * };
 * s.mount('https://teapot.test/', teapot);
 * ```
 */
export interface Adapter {
  /**
   * Sends one request (no redirects: the session follows them) and resolves with its
   * response: status, reason, headers, url, request, and the body in `raw` (decoded bytes)
   * or already in `content`.
   */
  send(request: PreparedRequest, options: SendOptions): Promise<Response>;
  /** Releases every connection the adapter holds. */
  close(): Promise<void>;
}

/**
 * The base class of transport adapters, as Requests' `BaseAdapter`.
 *
 * @example
 * class FileAdapter extends BaseAdapter {
 *   async send(request: PreparedRequest, options: SendOptions): Promise<Response> {
 *     const response = new Response();
 *     response.statusCode = 200;
 *     response.content = readFileSync(new URL(request.url));
 *     response.url = request.url;
 *     return response;
 *   }
 *   async close() {}
 * }
 * session.mount('file://', new FileAdapter());
 */
export abstract class BaseAdapter implements Adapter {
  /**
   * Sends one prepared request (the session follows redirects) and resolves with its response.
   *
   * @example
   * ```ts
   * const adapter = s.getAdapter('https://httpbin.org/get');
   * const r = await adapter.send(s.prepareRequest(new Request('GET', 'https://httpbin.org/get')), options);
   * console.log(r.statusCode);
   * ```
   */
  abstract send(request: PreparedRequest, options: SendOptions): Promise<Response>;
  /**
   * Releases the connections and other resources the adapter holds; `session.close()` calls it.
   *
   * @example
   * ```ts
   * const adapter = new HTTPAdapter({ poolMaxsize: 4 });
   * s.mount('https://api.example.org/', adapter);
   * // … requests …
   * await adapter.close();
   * ```
   */
  abstract close(): Promise<void>;
}
