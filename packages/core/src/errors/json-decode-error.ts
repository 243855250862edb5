import { brand } from './brand.js';
import { InvalidJSONError } from './invalid-json-error.js';
import type { RequestExceptionOptions } from './request-exception.js';

/**
 * Options of a JSONDecodeError: where parsing failed, besides the usual context.
 *
 * @example
 * const text = '{"id": 1,}';
 * const options: JSONDecodeErrorOptions = { doc: text, pos: 9, response: r };
 * console.log(new JSONDecodeError('Expecting property name', options).pos); // 9
 */
export interface JSONDecodeErrorOptions extends RequestExceptionOptions {
  /** The text that failed to parse. */
  doc?: string;
  /** The offset in `doc` where parsing failed. */
  pos?: number;
}

/**
 * The response body is not valid JSON (from `Response.json()`).
 * @example
 * const r = await requests.get('https://httpbin.org/html');
 * try {
 *   r.json();
 * } catch (error) {
 *   if (error instanceof JSONDecodeError) console.log(error.pos, error.doc.slice(0, 20));
 * }
 */
export class JSONDecodeError extends InvalidJSONError {
  /** The class's name as stack traces and `console.log` show it: `'JSONDecodeError'`. */
  override name: string = 'JSONDecodeError';
  /** The text that failed to parse. */
  readonly doc: string;
  /** The offset in `doc` where parsing failed. */
  readonly pos: number;

  /**
   * An error for text that is not JSON, with the text (`doc`) and the offset where parsing
   * failed (`pos`); both default to empty and 0.
   *
   * @example
   * // A body codec of your own reports where the JSON broke, as `r.json()` does:
   * const text = '{"id": 1,}';
   * const error = new JSONDecodeError('Expecting property name', { doc: text, pos: 9, response: r });
   * console.log(error.doc.slice(error.pos)); // '}'
   */
  constructor(message = '', options: JSONDecodeErrorOptions = {}) {
    super(message, options);
    this.doc = options.doc ?? '';
    this.pos = options.pos ?? 0;
  }
}
brand(JSONDecodeError, 'JSONDecodeError');
