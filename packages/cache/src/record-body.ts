/** Storing a body while the caller reads it: the chunks pass through, a copy is kept up to a size limit. */
import { type CacheStatus, plainHeaders, Response } from '@reqs/core';

/**
 * A response that yields `source`'s body and, once it was read to the end within `limit`
 * bytes, hands the whole body to `onComplete` (awaited before the read finishes, so the next
 * request finds it stored). Past `limit` the copy is dropped and nothing is stored: memory
 * stays bounded however large the body. Closing the response closes `source`.
 */
export function recordBody(
  source: Response,
  status: CacheStatus,
  limit: number,
  onComplete: (body: Uint8Array) => Promise<void>,
): Response {
  const response = new Response();
  response.statusCode = source.statusCode;
  response.reason = source.reason;
  response.url = source.url;
  response.request = source.request;
  response.elapsed = source.elapsed;
  response.headers = plainHeaders(source);
  response.cacheStatus = status;
  response.setBody(teeBody(source, limit, onComplete));
  return response;
}

async function* teeBody(
  source: Response,
  limit: number,
  onComplete: (body: Uint8Array) => Promise<void>,
): AsyncGenerator<Uint8Array, void, undefined> {
  let chunks: Uint8Array[] | null = [];
  let size = 0;
  let complete = false;
  try {
    for await (const chunk of source.iterContent()) {
      if (chunks !== null) {
        size += chunk.byteLength;
        if (size > limit) chunks = null;
        else chunks.push(chunk);
      }
      yield chunk;
    }
    complete = true;
  } finally {
    if (!complete) await source.close();
  }
  if (chunks !== null) await onComplete(concat(chunks, size));
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
