/** iterContent: a response body in chunks, as they arrive or re-cut to a fixed size, as bytes or text. */
import type { CharsetDetector } from './charset-detector.js';
import { createTextStreamDecoder } from './decode-text.js';
import type { ResponseBody } from './response-body.js';

/** Tells the text decoder which encoding to use, asked when iteration starts. */
export type StreamEncodingSource = () => { encoding: string; detector: CharsetDetector | null };

/**
 * The chunks of `body`: as they arrive (`chunkSize` null) or re-cut to `chunkSize` bytes (the
 * last may be shorter); decoded to strings with a streaming decoder when `decode` is given.
 * @throws TypeError (at once) when `chunkSize` is not a positive integer or null.
 */
export function iterContent(
  body: ResponseBody,
  chunkSize: number | null,
  decode: StreamEncodingSource | null,
): AsyncGenerator<Uint8Array | string, void, undefined> {
  if (chunkSize !== null && (!Number.isSafeInteger(chunkSize) || chunkSize < 1)) {
    throw new TypeError(`chunkSize must be a positive integer or null, got ${String(chunkSize)}`);
  }
  const bytes = chunkSize === null ? body.chunks() : rechunk(body.chunks(), chunkSize);
  return decode === null ? bytes : decodeChunks(bytes, decode);
}

/** Re-cuts chunks to `size` bytes, yielding views where a chunk holds a whole piece. */
export async function* rechunk(
  chunks: AsyncIterable<Uint8Array>,
  size: number,
): AsyncGenerator<Uint8Array, void, undefined> {
  let pending: Uint8Array | null = null;
  let filled = 0;
  for await (const chunk of chunks) {
    let offset = 0;
    if (pending !== null) {
      const take = Math.min(size - filled, chunk.byteLength);
      pending.set(chunk.subarray(0, take), filled);
      filled += take;
      offset = take;
      if (filled < size) continue;
      yield pending;
      pending = null;
    }
    while (chunk.byteLength - offset >= size) {
      yield chunk.subarray(offset, offset + size);
      offset += size;
    }
    if (offset < chunk.byteLength) {
      pending = new Uint8Array(size);
      pending.set(chunk.subarray(offset), 0);
      filled = chunk.byteLength - offset;
    }
  }
  if (pending !== null) yield pending.subarray(0, filled);
}

async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  source: StreamEncodingSource,
): AsyncGenerator<string, void, undefined> {
  const { encoding, detector } = source();
  const decoder = createTextStreamDecoder(encoding, detector);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
