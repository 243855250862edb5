// A WHATWG ReadableStream: read once, size unknown.

import { UnrewindableBodyError } from '@reqs/core';
import type { PartSource } from './part-source.js';
import { toBytes } from './to-bytes.js';

/** A source over a web `ReadableStream`, which can be read only once. */
export class WebStreamSource implements PartSource {
  readonly size = null;
  readonly rewindable = false;
  readonly bytes = null;
  #stream: ReadableStream<Uint8Array> | null;

  constructor(stream: ReadableStream<Uint8Array>) {
    this.#stream = stream;
  }

  get taken(): boolean {
    return this.#stream === null;
  }

  open(): AsyncIterable<Uint8Array> {
    const stream = this.#stream;
    if (stream === null)
      throw new UnrewindableBodyError('A multipart part was a stream that has already been read');
    this.#stream = null;
    return readWebStream(stream);
  }

  release(): void {
    const stream = this.#stream;
    this.#stream = null;
    if (stream !== null && !stream.locked) stream.cancel().catch(() => {});
  }
}

/** Reads a web stream chunk by chunk; stopping early cancels it. */
export async function* readWebStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    while (true) {
      const next = await reader.read();
      if (next.done) break;
      yield toBytes(next.value);
    }
    done = true;
  } finally {
    if (!done) await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
}
