// The decoded side of a compressed response body, decoded only once someone reads it.
import { Readable } from 'node:stream';
import { type Response, StreamConsumedError, type WholeBodySource } from '@reqs/core';
import { decodeBody } from './decode-body.js';
import { decodeWholeGzip } from './decode-whole-gzip.js';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * True when the user took the undecoded stream in hand (read from it, attached a `data` or
 * `readable` listener, piped or paused it): its bytes are no longer ours to decode.
 */
function rawWasTaken(raw: Readable): boolean {
  return raw.readableDidRead || raw.readableEnded || raw.readableFlowing !== null;
}

function canTakeWhole(raw: Readable): raw is Readable & WholeBodySource {
  return typeof (raw as Partial<WholeBodySource>).takeAll === 'function';
}

function isGzipOnly(codings: readonly string[]): boolean {
  return codings.length === 1 && (codings[0] === 'gzip' || codings[0] === 'x-gzip');
}

function asBuffer(parts: readonly Uint8Array[]): Buffer {
  if (parts.length !== 1) return Buffer.concat(parts);
  const part = parts[0]!;
  return Buffer.from(part.buffer, part.byteOffset, part.byteLength);
}

function isWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}

/** The same memory as a plain Uint8Array, as every other `content` is (never a Buffer for some sizes only). */
function plainBytes(bytes: Buffer): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function collect(stream: Readable): Promise<Uint8Array[]> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream) parts.push(chunk as Uint8Array);
  return parts;
}

/**
 * What an adapter hands to `response.setBody` for a compressed body: an async iterable (its own
 * iterator, one object per response) that pipes `raw` through the decoders of `codings` on the
 * first `next()`. Until then `response.raw` is the undecoded body (docs/reference/response.md); once the user
 * has read from it, reading the decoded body throws StreamConsumedError.
 */
export class LazyDecodedBody implements AsyncIterableIterator<Uint8Array>, WholeBodySource {
  readonly #raw: Readable;
  readonly #codings: readonly string[];
  readonly #response: Response;
  #decoded: AsyncIterator<Uint8Array> | null = null;
  #returned = false;

  constructor(raw: Readable, codings: readonly string[], response: Response) {
    this.#raw = raw;
    this.#codings = codings;
    this.#response = response;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<Uint8Array>> {
    if (this.#decoded === null) {
      if (this.#returned) return Promise.resolve(DONE);
      const refusal = this.#refusal();
      if (refusal !== null) return Promise.reject(refusal);
      this.#decoded = decodeBody(this.#raw, this.#codings)[Symbol.asyncIterator]();
    }
    return this.#decoded.next();
  }

  /** Ends the iteration: stops the decoders if they run (which destroys `raw`). */
  return(): Promise<IteratorResult<Uint8Array>> {
    this.#returned = true;
    return this.#decoded?.return?.() ?? Promise.resolve(DONE);
  }

  /**
   * The whole decoded body, for `response.read()` (see WholeBodySource): the raw chunks are
   * taken whole and a gzip body of one small member is inflated in one call, with no stream
   * in between — the common compressed API response. Anything else goes through the decoders
   * as iteration would. Null (nothing started) when the body is not gzip alone, iteration has
   * begun, or `raw` cannot hand its bytes over whole.
   */
  takeAll(): Promise<readonly Uint8Array[] | Uint8Array> | null {
    const raw = this.#raw;
    if (this.#decoded !== null || this.#returned || !isGzipOnly(this.#codings) || !canTakeWhole(raw)) {
      return null;
    }
    const refusal = this.#refusal();
    if (refusal !== null) return Promise.reject(refusal);
    const parts = raw.takeAll();
    if (parts === null) return null;
    this.#returned = true;
    return parts.then((list) => this.#decodeWhole(list));
  }

  #decodeWhole(body: readonly Uint8Array[] | Uint8Array): Uint8Array[] | Uint8Array | Promise<Uint8Array[]> {
    const parts = body instanceof Uint8Array ? [body] : body;
    const decoded = decodeWholeGzip(asBuffer(parts));
    // zlib's output is new memory nobody else holds: when it is exactly its own buffer (output
    // above one 16 KiB zlib chunk is gathered into one), it is the content as is; a smaller
    // one is a view of zlib's chunk and is copied to its length by core.
    if (decoded !== null) return isWholeBuffer(decoded) ? plainBytes(decoded) : [decoded];
    return collect(decodeBody(Readable.from(parts, { objectMode: false }), this.#codings));
  }

  /** Why the decoded body cannot be read, or null when it can. */
  #refusal(): Error | null {
    const raw = this.#raw;
    const taken = rawWasTaken(raw);
    // Untouched but failed (timeout, reset, abort signal): that failure is the answer.
    if (!taken && raw.errored !== null) return raw.errored;
    if (taken || raw.destroyed) {
      return new StreamConsumedError(
        'The response body was read undecoded through response.raw; its decoded content is not available.',
        { response: this.#response },
      );
    }
    return null;
  }
}
