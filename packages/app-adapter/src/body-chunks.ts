// A prepared request body as chunks of bytes, whatever form it was prepared in.
import type { PreparedBody } from '@reqs/core';

const encoder = new TextEncoder();

async function* fromIterable(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) yield typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}

/** The body's chunks in order (none for a null body); streams are read as they come. */
export function bodyChunks(body: PreparedBody): AsyncIterable<Uint8Array> | readonly Uint8Array[] {
  if (body === null || body === undefined) return [];
  if (typeof body === 'string') return [encoder.encode(body)];
  if (body instanceof Uint8Array) return [body];
  if (body instanceof Blob) return fromIterable(body.stream() as unknown as AsyncIterable<Uint8Array>);
  return fromIterable(body as AsyncIterable<Uint8Array | string>);
}
