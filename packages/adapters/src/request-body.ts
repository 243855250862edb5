// The PreparedBody in a form undici streams: strings and bytes as they are, the rest as a Readable.

import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import type { PreparedBody } from '@reqs/core';

/** What undici's dispatch takes as a body. */
export type DispatchBody = string | Uint8Array | Readable | null;

/**
 * Converts a prepared body without reading it: a Blob or web ReadableStream becomes a Node
 * stream over it, an (async) iterable a stream over its chunks. Framing (Content-Length or
 * chunked) is decided by the request's headers, not here.
 */
export function toDispatchBody(body: PreparedBody): DispatchBody {
  if (body === null || typeof body === 'string' || body instanceof Uint8Array || body instanceof Readable)
    return body;
  if (body instanceof Blob) return Readable.fromWeb(body.stream() as WebReadableStream<Uint8Array>);
  if (body instanceof ReadableStream) return Readable.fromWeb(body as WebReadableStream<Uint8Array>);
  return Readable.from(body, { objectMode: false });
}
