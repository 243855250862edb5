// deflate: servers send zlib-wrapped (RFC 1950) or raw (RFC 1951) data; sniff which.

import type { TransformCallback } from 'node:stream';
import { createInflate, createInflateRaw } from 'node:zlib';
import { EngineDecoder } from './engine-decoder.js';

/** True when the two bytes are a valid zlib header (CM 8, FCHECK). */
function isZlibHeader(first: number, second: number): boolean {
  return (first & 0x0f) === 8 && ((first << 8) | second) % 31 === 0;
}

/** Decodes `Content-Encoding: deflate`, whichever of the two framings the server used. */
export class DeflateDecoder extends EngineDecoder {
  #pending: Buffer | null = null;

  constructor() {
    super('deflate');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.engine === null) {
      const head = this.#pending === null ? chunk : Buffer.concat([this.#pending, chunk]);
      if (head.length < 2) {
        this.#pending = head.length === 0 ? null : head;
        callback();
        return;
      }
      this.#pending = null;
      this.startEngine(isZlibHeader(head[0]!, head[1]!) ? createInflate() : createInflateRaw());
      chunk = head;
    }
    this.feedEngine(chunk, callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.engine === null && this.#pending === null) {
      callback();
      return;
    }
    if (this.engine === null) {
      // A single byte is never a whole deflate stream: let the engine say so.
      this.startEngine(createInflateRaw());
      this.feedEngine(this.#pending!, () => this.finishEngine(callback));
      return;
    }
    this.finishEngine(callback);
  }
}
