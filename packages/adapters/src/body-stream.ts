// The undecoded response body as a Node Readable fed by undici, with backpressure both ways.
import { finished, Readable } from 'node:stream';
import type { WholeBodySource } from '@reqs/core';

function ignore(): void {}

// The stream's buffer: as undici's own body and fs streams (Node 20's default is 16 KiB, less
// than one socket read of 64 KiB, which paused undici after nearly every chunk).
const BODY_HIGH_WATER_MARK = 64 * 1024;

/** What the body needs from the exchange feeding it. */
export interface BodySource {
  /** The reader wants more: let undici go on. */
  resumeBody(): void;
  /** The reader is gone before the end: abort the exchange (the connection is not reused). */
  abortBody(reason: Error): void;
  /** The body's length as the headers declare it (Content-Length), or null when unknown. */
  declaredLength?(): number | null;
}

/** A whole-body read in progress (see {@link BodyStream.takeAll}). */
interface Taker {
  // Chunks as delivered (length unknown), or null while they are copied into `target`.
  parts: Uint8Array[] | null;
  // One buffer of the declared length, filled as chunks arrive (null when the length is unknown).
  target: Uint8Array | null;
  filled: number;
  resolve(body: Uint8Array[] | Uint8Array): void;
  reject(error: Error): void;
}

/** One buffer of its own (no pool, no zero fill: every byte is written before it is read), or null when it cannot be had. */
function allocateOwn(length: number): Uint8Array | null {
  try {
    const buffer = Buffer.allocUnsafeSlow(length);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch {
    return null;
  }
}

/** Copies `chunk` into the taker's target, or falls back to a parts list when it would overflow. */
function take(taker: Taker, chunk: Uint8Array): void {
  const target = taker.target;
  if (target !== null && taker.filled + chunk.byteLength <= target.byteLength) {
    target.set(chunk, taker.filled);
    taker.filled += chunk.byteLength;
    return;
  }
  if (target !== null) {
    // More than declared (undici fails such a body anyway): keep every byte all the same.
    taker.parts = [target.subarray(0, taker.filled)];
    taker.target = null;
  }
  taker.parts!.push(chunk);
}

/** What a taker hands over: the target when exactly filled, else the parts (copied once by core). */
function takenBody(taker: Taker): Uint8Array[] | Uint8Array {
  const target = taker.target;
  if (target === null) return taker.parts!;
  return taker.filled === target.byteLength ? target : [target.subarray(0, taker.filled)];
}

/**
 * The raw body: undici delivers chunks (pausing when `deliver` says the buffer is full),
 * `_read` resumes it, and destroying the stream early aborts the exchange so the connection is
 * closed instead of leaked.
 *
 * Until a reader chooses how to read, delivered chunks are held aside (as much as the stream's
 * buffer would take) rather than pushed: a reader of the stream (`_read`: `data`, `readable`,
 * `read()`, iteration, a pipe) gets them pushed first, in order; `response.read()` in core
 * takes them all at once with {@link BodyStream.takeAll} and skips the stream machinery (its
 * buffering, flowing and end events) for the rest of the body — the reqs fast path for
 * `stream: false`.
 */
export class BodyStream extends Readable implements WholeBodySource {
  readonly #source: BodySource;
  #ended = false;
  // Held chunks until a reader chooses (null once one has), and their size.
  #held: Uint8Array[] | null = [];
  #heldBytes = 0;
  #taker: Taker | null = null;
  // Taken whole: the stream itself is ended only when someone reads it (see _read).
  #taken = false;
  #readAfterTaken = false;
  // deliver() asked undici to pause while chunks were held.
  #heldFull = false;

  constructor(source: BodySource) {
    super({ highWaterMark: BODY_HIGH_WATER_MARK });
    this.#source = source;
  }

  /** A chunk from undici; false asks undici to pause until `_read` or `takeAll`. */
  deliver(chunk: Uint8Array): boolean {
    if (this.#taker !== null) {
      take(this.#taker, chunk);
      return true;
    }
    if (this.#held === null) return this.push(chunk);
    this.#held.push(chunk);
    this.#heldBytes += chunk.byteLength;
    this.#heldFull = this.#heldBytes >= this.readableHighWaterMark;
    return !this.#heldFull;
  }

  /**
   * Every byte of the body at once, or null when a reader already chose to read the stream (or
   * it is gone). The stream then counts as read to its end (`read()` gives null, iteration
   * ends at once). Fails as reading the stream would: with the error it fails with, or Node's
   * premature-close error when it is destroyed first.
   *
   * A body still arriving whose length is declared is copied, chunk by chunk as it arrives,
   * into one buffer of that length, handed over as is: the only copy, and the socket's chunks
   * are garbage at once instead of piling up until the end (the parts otherwise).
   */
  takeAll(): Promise<Uint8Array[] | Uint8Array> | null {
    const held = this.#held;
    if (held === null || this.destroyed || this.readableFlowing !== null || this.readableDidRead) return null;
    this.#held = null;
    this.#taken = true;
    if (this.#ended) return Promise.resolve(held);
    const length = this.#source.declaredLength?.() ?? null;
    const target = length !== null && length >= this.#heldBytes ? allocateOwn(length) : null;
    return new Promise((resolve, reject) => {
      const taker: Taker = { parts: target === null ? held : null, target, filled: 0, resolve, reject };
      if (target !== null) for (const chunk of held) take(taker, chunk);
      this.#taker = taker;
      // The held chunks filled the buffer and undici waits: the taker wants everything.
      if (this.#heldFull) this.#source.resumeBody();
    });
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
    const taker = this.#taker;
    if (taker !== null) {
      this.#taker = null;
      taker.resolve(takenBody(taker));
    }
    if (this.#taken ? this.#readAfterTaken : this.#held === null) this.push(null);
  }

  override _read(): void {
    if (this.#taken) {
      // Read after it was taken whole: nothing is left (the end, once the body is complete).
      if (this.#ended) this.push(null);
      else this.#readAfterTaken = true;
      return;
    }
    const held = this.#held;
    if (held !== null) {
      // A reader chose the stream: what was held goes first.
      this.#held = null;
      for (const chunk of held) this.push(chunk);
      if (this.#ended) this.push(null);
    }
    this.#source.resumeBody();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    if (!this.#ended) this.#source.abortBody(error ?? new Error('Response body closed before it was read'));
    const taker = this.#taker;
    if (taker !== null) {
      this.#taker = null;
      // Destroyed without an error: the premature-close error reading the stream would give.
      if (error !== null) taker.reject(error);
      else finished(this, (closed) => taker.reject(closed ?? new Error('Premature close')));
    }
    callback(error);
  }
}
