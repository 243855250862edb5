/** Reads a request body into memory, bounded so a runaway client cannot exhaust the test machine. */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';

/** The largest body the server buffers (64 MiB). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Collects the whole body (chunked or with Content-Length) as one Buffer.
 * @throws HttpError 413 when it exceeds `limit`: at once for a declared Content-Length, else after
 * draining the rest (so the client reads the 413 instead of a reset connection).
 */
export async function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, `request body exceeds ${limit} bytes`);
  if (Number(req.headers['content-length']) > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size <= limit) chunks.push(chunk);
  }
  if (size > limit) throw tooLarge();
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
}
