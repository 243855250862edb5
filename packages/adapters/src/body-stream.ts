// The undecoded response body as a Node Readable fed by undici, with backpressure both ways.
import { Readable } from 'node:stream';

function ignore(): void {}

/** What the body needs from the exchange feeding it. */
export interface BodySource {
  /** The reader wants more: let undici go on. */
  resumeBody(): void;
  /** The reader is gone before the end: abort the exchange (the connection is not reused). */
  abortBody(reason: Error): void;
}

/**
 * The raw body: undici pushes chunks (pausing when `push` says the buffer is full), `_read`
 * resumes it, and destroying the stream early aborts the exchange so the connection is
 * closed instead of leaked.
 */
export class BodyStream extends Readable {
  readonly #source: BodySource;
  #ended = false;

  constructor(source: BodySource) {
    super();
    this.#source = source;
  }

  /**
   * Fails the body with `error` (a timeout, an abort, a reset). The error waits in the stream
   * for its reader: an unread body has no `error` listener, and an unheard `error` event would
   * crash the process.
   */
  fail(error: Error): void {
    if (this.destroyed) return;
    if (this.listenerCount('error') === 0) this.on('error', ignore);
    this.destroy(error);
  }

  /** Marks the end of the body (undici completed it). */
  end(): void {
    this.#ended = true;
    this.push(null);
  }

  override _read(): void {
    this.#source.resumeBody();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.#ended) this.#source.abortBody(error ?? new Error('Response body closed before it was read'));
    callback(error);
  }
}
