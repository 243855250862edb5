/** Releasing a redirect response: a small body is read, never decompressed; a large one is dropped. */
import { ChunkedEncodingError, ContentDecodingError, type Response, StreamConsumedError } from '@reqs/core';

/** Redirect bodies up to this many bytes are read so the connection can be reused. */
export const MAX_REDIRECT_BODY = 64 * 1024;

/** Responses already drained: a hop read for a caller of resolveRedirects is not read twice. */
const drained = new WeakSet<Response>();

/**
 * Reads the body of a redirect response when it is small and not content-encoded, so its
 * connection goes back to the pool and `content` stays readable in `history`; otherwise
 * closes it (the connection is dropped). A compressed body is never decoded (a redirect body
 * is not worth a decompression bomb), and no more than {@link MAX_REDIRECT_BODY} bytes are read.
 * A broken body only means the connection is not reused; other errors (a timeout, an abort)
 * are thrown after the response is closed.
 */
export async function drainRedirectBody(response: Response): Promise<void> {
  if (drained.has(response)) return;
  drained.add(response);
  const headers = response.headers;
  const coding = headers.get('content-encoding');
  const length = Number(headers.get('content-length') ?? 0);
  if (
    (coding !== undefined && coding.trim().toLowerCase() !== 'identity') ||
    !(length <= MAX_REDIRECT_BODY)
  ) {
    await response.close();
    return;
  }
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of response.iterContent()) {
      total += chunk.byteLength;
      if (total > MAX_REDIRECT_BODY) {
        await response.close();
        return;
      }
      chunks.push(chunk);
    }
    // A buffer of its own (never a view into pooled memory), so `history[i].content` works.
    const content = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      content.set(chunk, offset);
      offset += chunk.byteLength;
    }
    response.content = content;
  } catch (error) {
    await response.close();
    if (
      error instanceof ChunkedEncodingError ||
      error instanceof ContentDecodingError ||
      error instanceof StreamConsumedError
    ) {
      return;
    }
    throw error;
  }
}
