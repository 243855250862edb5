/** How to get a request body again, to re-send it after a redirect or an auth challenge. */
import type { PreparedBody } from './body.js';
import { nodeBuiltin } from './node-builtin.js';
import { isFileStream } from './super-len.js';

/**
 * A function returning the body afresh, or null when `body` can only be read once:
 * - strings, bytes and `Blob`s are returned as they are;
 * - an `fs.ReadStream` on a path is opened again on the same byte range (from where it
 *   stood when the request was prepared);
 * - an object that says `rewindable: true` and is iterated anew each time (as
 *   @reqs/multipart's encoder) is returned as it is;
 * - any other stream or iterable: null.
 */
export function bodyRewindFor(body: PreparedBody): (() => PreparedBody) | null {
  if (body === null) return null;
  if (typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob) return () => body;
  if (isFileStream(body)) {
    const { path, end } = body;
    const consumed = Math.max(0, (body.bytesRead ?? 0) - (body.readableLength ?? 0));
    const start = (body.start ?? 0) + consumed;
    const range = end === undefined || end === Number.POSITIVE_INFINITY ? { start } : { start, end };
    // Only Node has file streams, so node:fs is there.
    const { createReadStream } = nodeBuiltin<typeof import('node:fs')>('node:fs')!;
    return () => createReadStream(path, range);
  }
  if (isReiterable(body)) return () => body;
  return null;
}

function isReiterable(body: object): boolean {
  return (
    (body as { rewindable?: unknown }).rewindable === true &&
    typeof (body as { next?: unknown }).next !== 'function' &&
    (typeof (body as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
      typeof (body as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function')
  );
}
