import type { PreparedRequest } from '../prepared-request.js';
import type { Response } from '../response.js';
import { brand } from './brand.js';

/**
 * What an error knows about where it happened.
 *
 * @example
 * const options: RequestExceptionOptions = { request: p, cause: new Error('socket hang up') };
 * const error = new ConnectionError('The connection was lost', options);
 * console.log(error.request === p, error.cause); // true, the socket's error
 */
export interface RequestExceptionOptions {
  /** The request being sent (taken from `response.request` when only a response is given). */
  request?: PreparedRequest | null | undefined;
  /** The response received, if any. */
  response?: Response | null | undefined;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The root of every error reqs raises: catch it to catch them all.
 *
 * @example
 * try { await requests.get(url) } catch (e) { if (e instanceof RequestException) console.log(e.request?.url) }
 */
export class RequestException extends Error {
  /** The class's name as stack traces and `console.log` show it: `'RequestException'`. */
  override name: string = 'RequestException';
  /** The request being sent, when known. */
  request: PreparedRequest | null;
  /** The response received, when known. */
  response: Response | null;

  /**
   * An error with `message` and where it happened: `options.request` (else the response's
   * request), `options.response`, and `options.cause` as the standard `Error` cause.
   *
   * @example
   * // A layer of your own reports a failure with the request and response the caller needs:
   * const error = new RequestException('Quota exceeded', { response: r });
   * console.log(error.request === r.request, error.response?.statusCode);
   */
  constructor(message = '', options: RequestExceptionOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.response = options.response ?? null;
    this.request = options.request ?? this.response?.request ?? null;
  }
}
brand(RequestException, 'RequestException');
