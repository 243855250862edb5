/** A prepared request's body as bytes, for matchers, history and cassettes. */
import type { PreparedRequest } from '@reqs/core';

const encoder = new TextEncoder();
const EMPTY = new Uint8Array(0);

async function readChunks(source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>) {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    parts.push(bytes);
    total += bytes.byteLength;
  }
  const all = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    all.set(part, offset);
    offset += part.byteLength;
  }
  return all;
}

/**
 * The body's bytes (empty when there is none). A stream or one-shot iterable is read, and the
 * request's body becomes those bytes as a one-chunk array, so the request can still be sent
 * (to a real adapter: still streamed, with the same framing headers).
 */
export async function requestBodyBytes(request: PreparedRequest): Promise<Uint8Array> {
  const body = request.body;
  if (body === null || body === undefined) return EMPTY;
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof Blob) return new Uint8Array(await body.arrayBuffer());
  if (Array.isArray(body)) return readChunks(body as (Uint8Array | string)[]);
  const bytes = await readChunks(body as AsyncIterable<Uint8Array | string>);
  request.body = [bytes];
  return bytes;
}
