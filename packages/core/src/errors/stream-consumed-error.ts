import { brand } from './brand.js';
import { RequestException } from './request-exception.js';

/**
 * The body has already been read by a stream.
 * @example
 * const r = await requests.get('https://httpbin.org/bytes/100', { stream: true });
 * for await (const chunk of r.iterContent(1024)) process.stdout.write(chunk);
 * try {
 *   console.log(r.content.byteLength);
 * } catch (error) {
 *   if (error instanceof StreamConsumedError) console.log('iterated: the bytes are gone; read() keeps them');
 * }
 */
export class StreamConsumedError extends RequestException {
  /** The class's name as stack traces and `console.log` show it: `'StreamConsumedError'`. */
  override name: string = 'StreamConsumedError';
}
brand(StreamConsumedError, 'StreamConsumedError');
