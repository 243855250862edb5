// gzip: members one after another, each checked (CRC-32, size); bytes after a complete member
// that are not another member are ignored (as urllib3); a truncated member is an error.
import type { TransformCallback } from 'node:stream';
import { crc32, createInflateRaw, type InflateRaw } from 'node:zlib';
import { EngineDecoder } from './engine-decoder.js';
import { gzipHeaderLength, INCOMPLETE, NOT_GZIP } from './gzip-header.js';
import { inflateWhole } from './inflate-whole.js';

enum State {
  Header,
  Body,
  Trailer,
  Garbage,
}

// A header longer than this (FEXTRA, FNAME, FCOMMENT) is not something a server sends.
const MAX_HEADER = 65_536;
const EMPTY = Buffer.alloc(0);

/** Decodes `Content-Encoding: gzip` (and `x-gzip`). */
export class GzipDecoder extends EngineDecoder {
  #state = State.Header;
  #held: Buffer = EMPTY;
  #members = 0;
  #written = 0;
  #crc = 0;
  #size = 0;
  #inflate: InflateRaw | null = null;

  constructor() {
    super('gzip');
  }

  protected override onOutput(chunk: Buffer): void {
    this.#crc = crc32(chunk, this.#crc);
    this.#size = (this.#size + chunk.length) >>> 0;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#feed(chunk, callback);
  }

  #feed(input: Buffer, callback: TransformCallback): void {
    let bytes = input;
    while (bytes.length > 0) {
      if (this.#state === State.Garbage) break;
      if (this.#state === State.Body) {
        this.#feedBody(bytes, callback);
        return;
      }
      const rest = this.#state === State.Header ? this.#takeHeader(bytes) : this.#takeTrailer(bytes);
      if (rest instanceof Error) {
        callback(rest);
        return;
      }
      bytes = rest;
    }
    callback();
  }

  /** Consumes header bytes; returns what follows the header (empty while incomplete). */
  #takeHeader(bytes: Buffer): Buffer | Error {
    const held = this.#held.length === 0 ? bytes : Buffer.concat([this.#held, bytes]);
    const length = gzipHeaderLength(held);
    if (length === NOT_GZIP) {
      if (this.#members === 0) return this.fail('Not a gzip stream: incorrect header check');
      this.#state = State.Garbage;
      return EMPTY;
    }
    if (length === INCOMPLETE) {
      if (held.length > MAX_HEADER) return this.fail('gzip header too long');
      this.#held = held;
      return EMPTY;
    }
    this.#held = EMPTY;
    this.#state = State.Body;
    this.#written = 0;
    this.#crc = 0;
    this.#size = 0;
    this.#inflate = null;
    return held.subarray(length);
  }

  #feedBody(bytes: Buffer, callback: TransformCallback): void {
    if (this.#inflate === null) {
      const whole = inflateWhole(bytes);
      if (whole !== null) {
        this.onOutput(whole.output);
        if (whole.output.length > 0) this.push(whole.output);
        this.#state = State.Trailer;
        this.#feed(bytes.subarray(whole.used), callback);
        return;
      }
      this.#startInflate();
    }
    this.#written += bytes.length;
    this.feedEngine(bytes, () => {
      // The engine stops at the end of the deflate data: what it did not take is the trailer.
      const left = this.#written - this.#inflate!.bytesWritten;
      if (left === 0) {
        callback();
        return;
      }
      this.drainEngine(() => {
        this.#state = State.Trailer;
        this.#feed(bytes.subarray(bytes.length - left), callback);
      });
    });
  }

  /** Consumes the 8-byte trailer and checks it; returns what follows it. */
  #takeTrailer(bytes: Buffer): Buffer | Error {
    const held = this.#held.length === 0 ? bytes : Buffer.concat([this.#held, bytes]);
    if (held.length < 8) {
      this.#held = held;
      return EMPTY;
    }
    if (held.readUInt32LE(0) !== this.#crc >>> 0) return this.fail('gzip CRC-32 check failed');
    if (held.readUInt32LE(4) !== this.#size) return this.fail('gzip length check failed');
    this.#held = EMPTY;
    this.#members += 1;
    this.#state = State.Header;
    return held.subarray(8);
  }

  #startInflate(): void {
    this.#inflate = createInflateRaw();
    this.startEngine(this.#inflate);
  }

  override _flush(callback: TransformCallback): void {
    // An empty body, or complete members (and maybe ignored bytes), is fine; anything else was cut.
    const clean =
      (this.#state === State.Header && this.#held.length === 0) ||
      this.#state === State.Garbage ||
      (this.#state === State.Header && this.#members > 0 && gzipHeaderLength(this.#held) === NOT_GZIP);
    if (clean) {
      callback();
      return;
    }
    if (this.#state !== State.Body) {
      callback(this.fail('gzip stream truncated'));
      return;
    }
    if (this.#inflate === null) this.#startInflate();
    this.finishEngine(() => callback(this.fail('gzip stream truncated')));
  }
}
