// In-memory content: strings (as UTF-8) and bytes.

import { CHUNK_SIZE, type PartSource } from './part-source.js';
import { utf8Bytes } from './utf8-bytes.js';

/** A source over bytes held in memory: sized, rewindable, yielded as zero-copy views. */
export class BytesSource implements PartSource {
  readonly rewindable = true;
  readonly taken = false;
  readonly bytes: Uint8Array;

  constructor(content: string | Uint8Array) {
    this.bytes = typeof content === 'string' ? utf8Bytes(content) : content;
  }

  get size(): number {
    return this.bytes.byteLength;
  }

  async *open(): AsyncGenerator<Uint8Array> {
    const bytes = this.bytes;
    for (let at = 0; at < bytes.byteLength; at += CHUNK_SIZE) {
      yield bytes.subarray(at, Math.min(at + CHUNK_SIZE, bytes.byteLength));
    }
  }

  release(): void {}
}
