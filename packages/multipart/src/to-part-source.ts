// Picks the source for a part's content by what it is.

import type { ReadStream } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { type FileContent, nodeBuiltin } from '@reqs/core';
import { BlobSource } from './blob-source.js';
import { BytesSource } from './bytes-source.js';
import { FileStreamSource } from './file-stream-source.js';
import { NodeStreamSource } from './node-stream-source.js';
import type { PartSource } from './part-source.js';
import { WebStreamSource } from './web-stream-source.js';

/** File streams exist only where node:fs does; a browser's files are Blobs (File). */
const NodeReadStream = nodeBuiltin<typeof import('node:fs')>('node:fs')?.ReadStream;

/**
 * The source for one part's content: a string (as UTF-8), bytes, a Blob or File, an
 * unread `fs.ReadStream` (sized and re-readable), another Node `Readable`, a web
 * `ReadableStream`, or an open `FileHandle` (read from its current position, left open).
 *
 * @param field the part's field name, for the error.
 * @throws TypeError naming the field for anything else (a number, a plain object…);
 *   UnreadableFileError naming the path and the field when a file stream's file is missing.
 */
export function toPartSource(content: FileContent | ArrayBuffer, field: string): PartSource {
  if (typeof content === 'string' || content instanceof Uint8Array) return new BytesSource(content);
  if (content instanceof ArrayBuffer) return new BytesSource(new Uint8Array(content));
  if (content instanceof Blob) return new BlobSource(content);
  // A file stream already read from sends what remains, as Requests sends the rest of a file.
  if (NodeReadStream !== undefined && content instanceof NodeReadStream && isUnread(content))
    return new FileStreamSource(content, field);
  if (isWebStream(content)) return new WebStreamSource(content);
  if (isNodeReadable(content)) return new NodeStreamSource(content);
  // Python's open(path, 'rb'): read what the handle gives; the caller closes it.
  if (isFileHandle(content)) return new NodeStreamSource(content.createReadStream({ autoClose: false }));
  throw new TypeError(
    `Unsupported content for file '${field}': ${describe(content)} (a file is a string, bytes, a Blob, a stream or a FileHandle)`,
  );
}

function isFileHandle(value: unknown): value is FileHandle {
  const candidate = value as Partial<FileHandle> | null;
  return typeof candidate?.fd === 'number' && typeof candidate.createReadStream === 'function';
}

function isUnread(stream: ReadStream): boolean {
  return stream.bytesRead === 0 && !stream.readableDidRead && !stream.destroyed;
}

function isWebStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof (value as { getReader?: unknown } | null)?.getReader === 'function';
}

function isNodeReadable(value: unknown): value is Readable {
  const candidate = value as Partial<Readable> | null;
  return (
    typeof candidate?.pipe === 'function' &&
    typeof candidate.on === 'function' &&
    typeof candidate[Symbol.asyncIterator] === 'function'
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  return (value as object).constructor?.name ?? 'object';
}
