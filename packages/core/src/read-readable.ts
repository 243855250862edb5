/** Reading a whole body stream into one buffer: all at once when it offers to, else by its events (no async iterator). */
import type { Readable } from 'node:stream';
import { concatBytes } from './concat-bytes.js';
import { nodeBuiltin } from './node-builtin.js';

const encoder = new TextEncoder();

/**
 * True when `stream` can be read with {@link readReadable}: it is alive, no byte was read
 * yet, and nobody chose its mode (no `data` or `readable` listener, never paused or resumed),
 * so attaching a `data` listener starts it flowing. Anything else is read by iteration.
 */
export function canReadByEvents(stream: Readable): boolean {
  return (
    stream.readableFlowing === null &&
    !stream.readableDidRead &&
    !stream.destroyed &&
    !stream.readableEnded &&
    stream.errored == null
  );
}

/**
 * Reads `stream` to its end and returns its bytes in one new buffer of its own (string
 * chunks as UTF-8). Settles as `for await` over the stream would: with the error the stream
 * was destroyed with, or Node's premature-close error when it was destroyed without one
 * before its end. Only for streams {@link canReadByEvents} accepts.
 */
export function readReadable(stream: Readable): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const parts: Uint8Array[] = [];
    let total = 0;
    const onData = (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
      parts.push(bytes);
      total += bytes.byteLength;
    };
    const settle = () => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('close', onClose);
    };
    const onEnd = () => {
      settle();
      resolve(concatBytes(parts, total));
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onClose = () => {
      settle();
      // Destroyed before its end without an error: the same error iteration would throw.
      // Only Node streams come here, so node:stream is there.
      const { finished } = nodeBuiltin<typeof import('node:stream')>('node:stream')!;
      finished(stream, (error) => reject(error ?? new Error('Premature close')));
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/**
 * A body source that can hand over all its bytes at once (the adapters' body stream can, and
 * so can their decoding of a gzip body), so that `response.read()` skips the stream machinery.
 * Optional: any other stream is read by its events or iterated.
 *
 * @example
 * // An adapter's body stream that already holds every byte hands them over in one piece:
 * class BufferedBody extends Readable implements WholeBodySource {
 *   #bytes: Uint8Array | null;
 *   constructor(bytes: Uint8Array) {
 *     super();
 *     this.#bytes = bytes;
 *   }
 *   override _read(): void {
 *     if (this.#bytes !== null) this.push(this.#bytes);
 *     this.#bytes = null;
 *     this.push(null);
 *   }
 *   takeAll(): Promise<Uint8Array> | null {
 *     const bytes = this.#bytes;
 *     if (bytes === null || this.readableDidRead) return null; // a reader chose the stream
 *     this.#bytes = null;
 *     this.push(null);
 *     return Promise.resolve(bytes);
 *   }
 * }
 * r.setBody(new BufferedBody(new TextEncoder().encode('{"ok":true}')));
 */
export interface WholeBodySource {
  /**
   * Every byte of the body once it is complete, or null when the stream cannot (a reader
   * already chose to read it otherwise). Afterwards the stream counts as read to its end. The
   * promise fails as reading the stream would. It gives the body's parts (copied into one new
   * buffer), or one `Uint8Array` handed over for good — memory nothing else holds or writes,
   * kept as the response's content without a copy.
   */
  takeAll(): Promise<readonly Uint8Array[] | Uint8Array> | null;
}

/** The whole body of `source` in a buffer of its own when it is a {@link WholeBodySource} that agrees, else null. */
export function takeWholeBody(source: object): Promise<Uint8Array> | null {
  const take = (source as Partial<WholeBodySource>).takeAll;
  if (typeof take !== 'function') return null;
  const parts = take.call(source);
  return parts === null ? null : parts.then(ownBytes);
}

function ownBytes(body: readonly Uint8Array[] | Uint8Array): Uint8Array {
  return body instanceof Uint8Array ? body : concatBytes(body, totalBytes(body));
}

function totalBytes(parts: readonly Uint8Array[]): number {
  let total = 0;
  for (const part of parts) total += part.byteLength;
  return total;
}
