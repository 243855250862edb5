/** Reads a request body into memory, bounded so a runaway client cannot exhaust the test machine. */
import type { IncomingMessage } from 'node:http';

/** The largest body the server buffers (64 MiB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** Thrown when a body exceeds {@link MAX_BODY_BYTES}; the router answers 413. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

/** Collects the whole body (chunked or with Content-Length) as one Buffer. */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > limit) throw new BodyTooLargeError(`request body exceeds ${limit} bytes`);
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}
