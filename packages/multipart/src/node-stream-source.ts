// A Node Readable: read once, size unknown.

import type { Readable } from 'node:stream';
import { UnrewindableBodyError } from '@reqs/core';
import type { PartSource } from './part-source.js';
import { toBytes } from './to-bytes.js';

/** A source over a Node `Readable`, which can be read only once. */
export class NodeStreamSource implements PartSource {
  readonly size = null;
  readonly rewindable = false;
  readonly bytes = null;
  #stream: Readable | null;
  #error: unknown = undefined;

  constructor(stream: Readable) {
    this.#stream = stream;
    // An error before the body is read must not crash the process: keep it for open().
    stream.once('error', (error: unknown) => {
      this.#error ??= error;
    });
  }

  get taken(): boolean {
    return this.#stream === null;
  }

  open(): AsyncIterable<Uint8Array> {
    const stream = this.#stream;
    if (stream === null)
      throw new UnrewindableBodyError('A multipart part was a stream that has already been read');
    this.#stream = null;
    return readNodeStream(stream, () => this.#error);
  }

  release(): void {
    this.#stream?.destroy();
    this.#stream = null;
  }
}

/** Reads a Node stream chunk by chunk; stopping early destroys it. */
export async function* readNodeStream(
  stream: Readable,
  earlyError: () => unknown,
): AsyncGenerator<Uint8Array> {
  if (earlyError() !== undefined) throw earlyError();
  // The stream's own iterator rethrows its errors and destroys it when we stop early.
  for await (const chunk of stream) yield toBytes(chunk);
}
