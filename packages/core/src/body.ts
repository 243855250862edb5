import type { Readable } from 'node:stream';

/**
 * A request body as adapters receive it: sent as is. Streams and iterables are streamed
 * (Content-Length when the size is known, else chunked).
 *
 * @example
 * // In an adapter: a body in one piece is written at once, anything else streamed.
 * const body: PreparedBody = p.body;
 * const whole = body === null || typeof body === 'string' || body instanceof Uint8Array;
 * console.log(whole ? 'one write' : 'streamed', p.headers.get('content-length') ?? 'chunked');
 */
export type PreparedBody =
  | string
  | Uint8Array
  | Blob
  | Readable
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | null;
