// A Transform that drives a zlib engine with backpressure both ways and names its errors.

import { Transform, type TransformCallback } from 'node:stream';
import { ContentDecodingError, RequestException } from '@reqs/core';

/** Wraps a zlib failure as ContentDecodingError; reqs errors (a broken connection) pass as they are. */
export function decodingError(error: Error, coding: string): Error {
  if (error instanceof RequestException) return error;
  return new ContentDecodingError(
    `Received response with content-encoding: ${coding}, but failed to decode it.`,
    {
      cause: error,
    },
  );
}

/**
 * The base of every content decoder: subclasses decide when to start an engine (a zlib
 * stream) and what to feed it. Output is pushed as the engine produces it; when the reader
 * is slow the engine is paused, and a paused engine holds back its write callbacks, so the
 * network is paused too: memory stays bounded however well the body compresses.
 */
export abstract class EngineDecoder extends Transform {
  protected engine: Transform | null = null;
  readonly #coding: string;

  constructor(coding: string) {
    super();
    this.#coding = coding;
  }

  /** Starts `engine`: its output becomes ours (through `onOutput`), its errors ours. */
  protected startEngine(engine: Transform): void {
    this.engine = engine;
    engine.on('data', (chunk: Buffer) => {
      this.onOutput(chunk);
      if (!this.push(chunk)) engine.pause();
    });
    engine.on('error', (error: Error) => this.destroy(decodingError(error, this.#coding)));
  }

  /** Sees every decoded chunk (gzip checks its CRC). */
  protected onOutput(_chunk: Buffer): void {}

  /** Writes to the engine; `done` runs once the engine took the chunk (or failed). */
  protected feedEngine(chunk: Buffer, done: () => void): void {
    this.engine!.write(chunk, (error) => {
      if (!error) done();
    });
  }

  /** Ends the engine and runs `done` once all its output was pushed. */
  protected finishEngine(done: () => void): void {
    const engine = this.engine!;
    if (engine.readableEnded) {
      done();
      return;
    }
    engine.once('end', done);
    if (!engine.writableEnded) engine.end();
  }

  /** Runs `done` once an engine that stopped by itself (end of its stream) emitted all output. */
  protected drainEngine(done: () => void): void {
    const engine = this.engine!;
    if (engine.readableEnded) done();
    else engine.once('end', done);
  }

  /** A ContentDecodingError for this coding. */
  protected fail(message: string): Error {
    return decodingError(new Error(message), this.#coding);
  }

  override _read(size: number): void {
    this.engine?.resume();
    super._read(size);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.engine?.destroy();
    callback(error);
  }
}

/** Decodes with one engine made on the first byte (an empty body stays empty, as urllib3). */
export class SimpleDecoder extends EngineDecoder {
  readonly #make: () => Transform;

  constructor(coding: string, make: () => Transform) {
    super(coding);
    this.#make = make;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (chunk.length === 0) {
      callback();
      return;
    }
    if (this.engine === null) this.startEngine(this.#make());
    this.feedEngine(chunk, callback);
  }

  override _flush(callback: TransformCallback): void {
    if (this.engine === null) callback();
    else this.finishEngine(callback);
  }
}
