// The in-memory socket a request listener sees: no network, the response's bytes go to a sink.
import { Duplex } from 'node:stream';

/** Receives the bytes the ServerResponse writes; calls `done` when it can take more. */
export type ByteSink = (chunk: Buffer, done: (error?: Error | null) => void) => void;

/**
 * Stands in for the `net.Socket` of `req.socket` / `res.socket`: writable (the ServerResponse
 * writes its head and body here), never readable (the request body is pushed into the
 * IncomingMessage directly), with the fields and no-op methods apps read or call
 * (`remoteAddress`, `encrypted` for https URLs, `setTimeout`, `setNoDelay`…).
 */
export class AppSocket extends Duplex {
  readonly remoteAddress = '127.0.0.1';
  readonly remotePort = 0;
  readonly remoteFamily = 'IPv4';
  readonly localAddress = '127.0.0.1';
  readonly localPort = 0;
  /** Set for an https URL: frameworks read it (`req.protocol`, `req.secure`). */
  readonly encrypted: true | undefined;
  readonly #sink: ByteSink;

  constructor(encrypted: boolean, sink: ByteSink) {
    super({ allowHalfOpen: true });
    this.encrypted = encrypted ? true : undefined;
    this.#sink = sink;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.#sink(chunk, done);
  }

  override _read(): void {}

  setTimeout(_ms: number, callback?: () => void): this {
    if (callback !== undefined) this.once('timeout', callback);
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  setKeepAlive(): this {
    return this;
  }

  ref(): this {
    return this;
  }

  unref(): this {
    return this;
  }

  address(): { address: string; family: string; port: number } {
    return { address: this.localAddress, family: 'IPv4', port: this.localPort };
  }
}
