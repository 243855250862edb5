// A prepared request body as a fetch body: bytes as they are, anything iterable as a ReadableStream.
import type { PreparedBody } from '@reqs/core';

const encoder = new TextEncoder();

/** A fetch body and whether it streams (a streamed body needs `duplex: 'half'`). */
export interface FetchBody {
  body: Uint8Array | Blob | ReadableStream<Uint8Array> | null;
  streaming: boolean;
}

/**
 * `body` for `fetch`. A string is encoded first, so fetch adds no `Content-Type` of its own;
 * a Blob goes as is; a ReadableStream, a Node stream or any (async) iterable streams, read
 * only as fetch pulls it.
 */
export function fetchBody(body: PreparedBody): FetchBody {
  if (body === null || body === undefined) return { body: null, streaming: false };
  if (typeof body === 'string') return { body: encoder.encode(body), streaming: false };
  if (body instanceof Uint8Array || body instanceof Blob) return { body, streaming: false };
  if (body instanceof ReadableStream) return { body, streaming: true };
  return {
    body: streamOf(body as AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>),
    streaming: true,
  };
}

/** A pull-based ReadableStream over an (async) iterable of bytes or strings. */
function streamOf(
  source: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
): ReadableStream<Uint8Array> {
  const iterator =
    Symbol.asyncIterator in source
      ? source[Symbol.asyncIterator]()
      : (source as Iterable<Uint8Array | string>)[Symbol.iterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done === true) {
        controller.close();
        return;
      }
      const chunk = next.value;
      controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
    },
    async cancel(reason) {
      await iterator.return?.(reason);
    },
  });
}

/**
 * `body` for `fetch`, a streamed one read whole into a Blob first (for runtimes that cannot
 * stream a request body: browsers, which do it over HTTP/2 only, or not at all).
 */
export async function wholeFetchBody(body: PreparedBody): Promise<FetchBody> {
  const fetchable = fetchBody(body);
  if (!fetchable.streaming) return fetchable;
  const chunks: Uint8Array[] = [];
  const reader = (fetchable.body as ReadableStream<Uint8Array>).getReader();
  for (let next = await reader.read(); next.done !== true; next = await reader.read())
    chunks.push(next.value);
  return { body: new Blob(chunks as ConstructorParameters<typeof Blob>[0]), streaming: false };
}
