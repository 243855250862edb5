import type { PreparedRequest } from '../prepared-request.js';
import type { Response } from '../response.js';
import { brand } from './brand.js';

/** What an error knows about where it happened. */
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
  override name: string = 'RequestException';
  /** The request being sent, when known. */
  request: PreparedRequest | null;
  /** The response received, when known. */
  response: Response | null;

  constructor(message = '', options: RequestExceptionOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.response = options.response ?? null;
    this.request = options.request ?? this.response?.request ?? null;
  }
}
brand(RequestException, 'RequestException');
