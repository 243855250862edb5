// The body, produced lazily: small in-memory pieces are gathered into one chunk, large ones
// and stream chunks are passed through as they come.

import { concatBytes, encodeLatin1, NodeBuffer, RequestException } from '@reqs/core';
import type { Part } from './part.js';

const CRLF = encodeLatin1('\r\n');
// In-memory content smaller than this is copied into the pending chunk with its headers.
const SMALL = 16 * 1024;
// Pending pieces are sent once they add up to this much.
const FLUSH_AT = 64 * 1024;

/** The size of the body of `parts`, or `null` when a part's size is unknown. */
export function bodyLength(parts: readonly Part[], boundary: string): number | null {
  const delimiter = boundary.length + 4; // "--" boundary CRLF
  let total = delimiter + 2; // the closing "--" boundary "--" CRLF
  for (const part of parts) {
    const size = part.source.size;
    if (size === null) return null;
    total += delimiter + part.head.byteLength + size + CRLF.byteLength;
  }
  return total;
}

/**
 * Yields the multipart body of `parts`. When it stops early (an error, or the consumer
 * returning), every source it has not read is released.
 *
 * @throws RequestException when a sized source (a file) yields more or fewer bytes than its
 *   size, which would corrupt the announced Content-Length.
 */
export async function* encodeParts(parts: readonly Part[], boundary: string): AsyncGenerator<Uint8Array> {
  const delimiter = encodeLatin1(`--${boundary}\r\n`);
  const pending = new PendingChunk();
  let finished = false;
  try {
    for (const part of parts) {
      pending.add(delimiter);
      pending.add(part.head);
      const bytes = part.source.bytes;
      if (bytes !== null && bytes.byteLength < SMALL) pending.add(bytes);
      else {
        if (pending.size > 0) yield pending.take();
        yield* readPart(part);
      }
      pending.add(CRLF);
      if (pending.size >= FLUSH_AT) yield pending.take();
    }
    pending.add(encodeLatin1(`--${boundary}--\r\n`));
    yield pending.take();
    finished = true;
  } finally {
    if (!finished) for (const part of parts) part.source.release();
  }
}

async function* readPart(part: Part): AsyncGenerator<Uint8Array> {
  const expected = part.source.size;
  let read = 0;
  for await (const chunk of part.source.open()) {
    read += chunk.byteLength;
    if (expected !== null && read > expected) throw sizeChanged(part, expected, read);
    if (chunk.byteLength > 0) yield chunk;
  }
  if (expected !== null && read !== expected) throw sizeChanged(part, expected, read);
}

function sizeChanged(part: Part, expected: number, read: number): RequestException {
  const what = read > expected ? `more than ${expected}` : `${read} of ${expected}`;
  return new RequestException(
    `The content of multipart field ${JSON.stringify(part.name)} changed size while it was sent: read ${what} bytes`,
  );
}

/** Small pieces waiting to be sent as one chunk (copied once, when taken). */
class PendingChunk {
  #pieces: Uint8Array[] = [];
  size = 0;

  add(piece: Uint8Array): void {
    this.#pieces.push(piece);
    this.size += piece.byteLength;
  }

  take(): Uint8Array {
    const chunk =
      this.#pieces.length === 1
        ? this.#pieces[0]!
        : (NodeBuffer?.concat(this.#pieces, this.size) ?? concatBytes(this.#pieces, this.size));
    this.#pieces = [];
    this.size = 0;
    return chunk;
  }
}
