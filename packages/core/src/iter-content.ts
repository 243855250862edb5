/** iterContent: a response body in chunks, as they arrive or re-cut to a fixed size, as bytes or text. */

import type { CharsetDetector } from './charset-detector.js';
import { createTextStreamDecoder } from './decode-text.js';
import { NodeBuffer } from './node-builtin.js';
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

/**
 * A piece to fill: memory of its own without a zero fill (every byte is written before it is
 * yielded). About a third cheaper per MiB than a zero-filled `Uint8Array` of 64 KiB, and
 * cheaper than cutting pieces out of a larger slab (which costs a larger allocation each time).
 */
function newPiece(size: number): Uint8Array {
  // Without Buffer (a browser) a plain, zero-filled array: the same bytes, a little more work.
  return NodeBuffer !== undefined ? NodeBuffer.allocUnsafeSlow(size) : new Uint8Array(size);
}

/**
 * Re-cuts chunks to `size` bytes. A chunk that starts a piece and holds whole pieces is passed
 * on as views of itself (a chunk of exactly `size`, or a multiple, is never copied); a piece
 * that straddles chunks is copied once into a buffer of its own.
 */
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
      pending = newPiece(size);
      pending.set(chunk.subarray(offset), 0);
      filled = chunk.byteLength - offset;
    }
  }
  // The last piece is short: the bytes past it are cleared, as `.buffer` reaches them.
  if (pending !== null) yield pending.fill(0, filled).subarray(0, filled);
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
