import type { Readable } from 'node:stream';

/**
 * A request body as adapters receive it: sent as is. Streams and iterables are streamed
 * (Content-Length when the size is known, else chunked).
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
