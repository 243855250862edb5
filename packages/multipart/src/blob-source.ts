// Blob and File content: sized and re-readable through `blob.stream()`.

import type { PartSource } from './part-source.js';
import { readWebStream } from './web-stream-source.js';

/** A source over a Blob (or File): its size is known and every read starts afresh. */
export class BlobSource implements PartSource {
  readonly rewindable = true;
  readonly taken = false;
  readonly bytes = null;
  readonly #blob: Blob;

  constructor(blob: Blob) {
    this.#blob = blob;
  }

  get size(): number {
    return this.#blob.size;
  }

  open(): AsyncIterable<Uint8Array> {
    return readWebStream(this.#blob.stream());
  }

  release(): void {}
}
