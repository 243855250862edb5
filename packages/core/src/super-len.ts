/** The length in bytes of a body, when it can be known without reading it (Requests' super_len). */
import type { PreparedBody } from './body.js';
import { NodeBuffer, nodeBuiltin } from './node-builtin.js';

const utf8 = new TextEncoder();

/** The fields of an `fs.ReadStream` that tell where it reads from. */
interface FileStreamLike {
  path: string | Buffer;
  start?: number | undefined;
  end?: number | undefined;
  bytesRead?: number;
  readableLength?: number;
}

/**
 * The number of bytes `body` will send, or null when it cannot be known up front:
 * - a string: its UTF-8 length; bytes: `byteLength`; a `Blob`: `size`;
 * - an `fs.ReadStream` opened on a path: the file's size from its `start` (to `end`), minus
 *   what it has already read;
 * - any other stream or iterable exposing a numeric `length` (how @reqs/multipart's body
 *   reports its size);
 * - null: 0.
 *
 * @example
 * superLen('héllo'); // 6
 */
export function superLen(body: PreparedBody | undefined): number | null {
  if (body == null) return 0;
  if (typeof body === 'string')
    return NodeBuffer !== undefined ? NodeBuffer.byteLength(body, 'utf8') : utf8.encode(body).byteLength;
  if (body instanceof Uint8Array) return body.byteLength;
  if (body instanceof Blob) return body.size;
  if (Array.isArray(body)) return null;
  const length = (body as { length?: unknown }).length;
  if (typeof length === 'number' && Number.isSafeInteger(length) && length >= 0) return length;
  if (isFileStream(body)) return fileStreamLength(body);
  return null;
}

/** True for a stream that reads a file by path (an `fs.ReadStream` not opened from a descriptor). */
export function isFileStream(body: object): body is FileStreamLike {
  const path = (body as Partial<FileStreamLike>).path;
  return (
    (typeof path === 'string' || NodeBuffer?.isBuffer(path) === true) &&
    typeof (body as { pipe?: unknown }).pipe === 'function'
  );
}

function fileStreamLength(stream: FileStreamLike): number | null {
  let size: number;
  try {
    // A stream with a path and pipe() is a Node file stream, so node:fs is there.
    size = nodeBuiltin<typeof import('node:fs')>('node:fs')!.statSync(stream.path).size;
  } catch {
    return null;
  }
  const start = stream.start ?? 0;
  const end =
    stream.end === undefined || stream.end === Number.POSITIVE_INFINITY
      ? size
      : Math.min(size, stream.end + 1);
  // bytesRead counts bytes taken from the file; those still buffered have not been consumed.
  const consumed = (stream.bytesRead ?? 0) - (stream.readableLength ?? 0);
  return Math.max(0, end - start - Math.max(0, consumed));
}
