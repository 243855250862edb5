// An fs.ReadStream: sized by a stat of its path, and re-readable by opening the path again.

import type { ReadStream, Stats } from 'node:fs';
import { NodeBuffer, nodeBuiltin, UnreadableFileError, UnrewindableBodyError } from '@reqs/core';
import { readNodeStream } from './node-stream-source.js';
import type { PartSource } from './part-source.js';

/**
 * A source over a file stream. The first read uses the stream given (when nothing has been
 * read from it yet); later reads open the same path and byte range again.
 */
export class FileStreamSource implements PartSource {
  // Made only for an fs.ReadStream, so node:fs is there.
  readonly #fs = nodeBuiltin<typeof import('node:fs')>('node:fs')!;
  readonly bytes = null;
  readonly size: number | null;
  readonly rewindable: boolean;
  #original: ReadStream | null;
  #error: unknown = undefined;
  readonly #path: string | Buffer | null;
  readonly #start: number;
  readonly #field: string;

  /**
   * @param field the part's field name, for errors.
   * @throws UnreadableFileError naming the path and the field (the stat error, e.g. ENOENT, as
   *   its cause) when the file cannot be examined.
   */
  constructor(stream: ReadStream, field: string) {
    this.#field = field;
    this.#original = stream;
    stream.once('error', (error: unknown) => {
      this.#error ??= error;
    });
    const path =
      typeof stream.path === 'string' || NodeBuffer?.isBuffer(stream.path) === true ? stream.path : null;
    const fd = (stream as ReadStream & { fd?: unknown }).fd;
    let stats: Stats | null;
    try {
      stats =
        path !== null ? this.#fs.statSync(path) : typeof fd === 'number' ? this.#fs.fstatSync(fd) : null;
    } catch (error) {
      stream.destroy();
      throw unreadable(error, path ?? fd, field);
    }
    const range = streamRange(stream);
    this.#start = range.start;
    // A regular file read as bytes has a knowable size; a FIFO, a device or a decoded stream not.
    const sized = stats?.isFile() === true && stream.readableEncoding === null;
    this.size =
      sized && stats !== null ? Math.max(0, Math.min(range.end, stats.size - 1) - range.start + 1) : null;
    this.rewindable = sized && path !== null;
    this.#path = this.rewindable ? path : null;
  }

  get taken(): boolean {
    return this.#original === null && !this.rewindable;
  }

  open(): AsyncIterable<Uint8Array> {
    const original = this.#original;
    this.#original = null;
    if (original !== null && !original.destroyed && original.bytesRead === 0 && !original.readableDidRead) {
      return this.#named(
        readNodeStream(original, () => this.#error),
        original.path,
      );
    }
    original?.destroy();
    if (this.#path === null) {
      // The stream's own error, if it had one, says more than "cannot be read again".
      throw (
        this.#error ??
        new UnrewindableBodyError('A multipart part was a file stream that has already been read')
      );
    }
    const size = this.size ?? 0;
    if (size === 0) return noBytes();
    const again = this.#fs.createReadStream(this.#path, { start: this.#start, end: this.#start + size - 1 });
    return this.#named(
      readNodeStream(again, () => undefined),
      this.#path,
    );
  }

  /** The chunks of `source`; a system error reading it (EACCES, EISDIR…) names the path and field. */
  async *#named(source: AsyncIterable<Uint8Array>, path: unknown): AsyncGenerator<Uint8Array> {
    try {
      yield* source;
    } catch (error) {
      throw isSystemError(error) ? unreadable(error, path, this.#field) : error;
    }
  }

  release(): void {
    this.#original?.destroy();
    this.#original = null;
  }
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error
  );
}

/** The error for a file that cannot be opened or read: path and field named, the system error as cause. */
function unreadable(error: unknown, path: unknown, field: string): UnreadableFileError {
  const where = typeof path === 'number' ? `descriptor ${path}` : `'${String(path)}'`;
  const why = error instanceof Error ? error.message : String(error);
  return new UnreadableFileError(`Cannot read the file ${where} for field '${field}': ${why}`, {
    cause: error,
  });
}

function streamRange(stream: ReadStream): { start: number; end: number } {
  const { start, end } = stream as ReadStream & { start?: unknown; end?: unknown };
  return {
    start: typeof start === 'number' ? start : 0,
    end: typeof end === 'number' ? end : Number.POSITIVE_INFINITY,
  };
}

// An empty range: `createReadStream` would read the whole file for `end: start - 1`.
async function* noBytes(): AsyncGenerator<Uint8Array> {}
