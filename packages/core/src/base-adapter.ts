import type { PreparedRequest } from './prepared-request.js';
import type { Response } from './response.js';
import type { SendOptions } from './send-options.js';

/**
 * What a session needs from a transport. Implement it (or extend {@link BaseAdapter}) and
 * mount it with `session.mount(prefix, adapter)`.
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
  abstract send(request: PreparedRequest, options: SendOptions): Promise<Response>;
  abstract close(): Promise<void>;
}
