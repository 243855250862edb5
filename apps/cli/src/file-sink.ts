// A download's file, written in large batches: the body's chunks (64 KiB each from the socket)
// are gathered until BATCH_BYTES and written with one synchronous writev, with no copy and no
// trip through the thread pool per chunk as an fs.WriteStream makes (as curl and HTTPie, the
// command blocks on its file writes; a batch takes a millisecond or so).
import { closeSync, openSync, writevSync } from 'node:fs';

/** Bytes gathered before one writev (a few hundred system calls for 256 MiB). */
export const BATCH_BYTES = 1024 * 1024;

/** Appends chunks to a file; `close` writes what is left. */
export class FileSink {
  readonly #fd: number;
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;

  /** Opens `path` for writing: truncated, or appended to when `append` (a resumed download). */
  constructor(path: string, append: boolean) {
    this.#fd = openSync(path, append ? 'a' : 'w');
  }

  /** Keeps `chunk` (not copied: the caller must not reuse it) until a batch is full. */
  write(chunk: Uint8Array): void {
    this.#pending.push(chunk);
    this.#pendingBytes += chunk.byteLength;
    if (this.#pendingBytes >= BATCH_BYTES) this.#flush();
  }

  /** Writes what is pending and closes the file (also after an error, so nothing received is lost). */
  close(): void {
    try {
      this.#flush();
    } finally {
      closeSync(this.#fd);
    }
  }

  #flush(): void {
    let chunks = this.#pending;
    this.#pending = [];
    this.#pendingBytes = 0;
    while (chunks.length > 0) {
      let written = writevSync(this.#fd, chunks);
      // A short write: resume after the bytes written.
      let index = 0;
      while (index < chunks.length && written >= chunks[index]!.byteLength)
        written -= chunks[index++]!.byteLength;
      chunks = chunks.slice(index);
      if (written > 0) chunks[0] = chunks[0]!.subarray(written);
    }
  }
}
