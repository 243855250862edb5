/** The body of a Response: a stream handed over by an adapter, or bytes already read. */
import type { Readable } from 'node:stream';
import { concatBytes } from './concat-bytes.js';
import { RequestException } from './errors/request-exception.js';
import { StreamConsumedError } from './errors/stream-consumed-error.js';
import { nodeBuiltin } from './node-builtin.js';
import { canReadByEvents, readReadable, takeWholeBody } from './read-readable.js';
import type { Response } from './response.js';

/** Where the body stands: never given, bytes in hand, an unread stream, being iterated, or gone. */
type BodyState = 'none' | 'content' | 'stream' | 'iterating' | 'consumed' | 'closed';

const EMPTY = new Uint8Array(0);
/** Node's stream class where there is one; a browser's bodies are async iterables only, and `raw` is null. */
const NodeReadable = nodeBuiltin<typeof import('node:stream')>('node:stream')?.Readable;

function isReadable(value: unknown): value is Readable {
  return NodeReadable !== undefined && value instanceof NodeReadable;
}

/**
 * Owns the body stream of one response and guards its single use (internal to core).
 * `content` is always a buffer of its own: chunks are copied once into one new Uint8Array.
 */
export class ResponseBody {
  #state: BodyState = 'none';
  #content: Uint8Array | null = null;
  #source: AsyncIterable<Uint8Array> | null = null;
  #raw: Readable | null = null;
  #rawDrained = false;
  #reading: Promise<Uint8Array> | null = null;
  /** The iterator reading the stream, so `close()` can end it even mid-way. */
  #active: AsyncIterator<Uint8Array> | null = null;
  readonly #owner: Response;

  /** @param owner the response whose body this is (named by the errors). */
  constructor(owner: Response) {
    this.#owner = owner;
  }

  /** Hands over a stream of decoded bytes (and optionally the undecoded stream behind it). */
  setStream(decoded: AsyncIterable<Uint8Array>, raw: Readable | null): void {
    this.#source = decoded;
    this.#raw = raw ?? (isReadable(decoded) ? decoded : null);
    this.#rawDrained = false;
    this.#content = null;
    this.#reading = null;
    this.#state = 'stream';
  }

  /** Sets the undecoded stream; when no body was given yet it is the body too (docs/reference/layers.md#adapters). */
  setRaw(stream: Readable): void {
    if (this.#state === 'none') this.setStream(stream, stream);
    else this.#raw = stream;
    this.#rawDrained = false;
  }

  /** Sets the bytes directly (`null` makes the body "never given"). */
  setContent(bytes: Uint8Array | null): void {
    this.#content = bytes;
    this.#state = bytes === null ? 'none' : 'content';
  }

  /** The undecoded stream, wrapping an unread non-Readable source on first access. */
  get raw(): Readable | null {
    if (NodeReadable === undefined) return this.#raw;
    if (this.#raw === null && this.#rawDrained) {
      this.#raw = NodeReadable.from([], { objectMode: false });
      this.#rawDrained = false;
    }
    if (this.#raw === null && this.#state === 'stream' && this.#source !== null) {
      const wrapped = NodeReadable.from(this.#source, { objectMode: false });
      this.#source = wrapped;
      this.#raw = wrapped;
    }
    return this.#raw;
  }

  /** True when the bytes are in hand (so iteration replays them). */
  get hasContent(): boolean {
    return this.#state === 'content';
  }

  /** True while an unread stream is waiting. */
  get isUnreadStream(): boolean {
    return this.#state === 'stream';
  }

  /**
   * The bytes; null when no body was ever given.
   * @throws RequestException when the stream has not been read yet.
   * @throws StreamConsumedError when the stream was read by iteration or closed.
   */
  get content(): Uint8Array | null {
    if (this.#state === 'none' || this.#state === 'content') return this.#content;
    if (this.#state === 'stream') {
      throw new RequestException(
        'The response body has not been read yet (it was requested with stream: true): ' +
          'call await response.read() first, or iterate it with response.iterContent().',
        { response: this.#owner },
      );
    }
    if (this.#state === 'iterating') {
      throw new StreamConsumedError(
        'The response body is being read by an iterator; its content is not kept.',
        {
          response: this.#owner,
        },
      );
    }
    throw this.#consumedError();
  }

  /** Reads the rest of the stream into `content` (once; concurrent calls share the read). */
  read(): Promise<Uint8Array> {
    if (this.#state === 'none') this.setContent(new Uint8Array(0));
    if (this.#state === 'content') return Promise.resolve(this.#content ?? EMPTY);
    if (this.#reading !== null) return this.#reading;
    if (this.#state !== 'stream') return Promise.reject(this.#consumedError());
    // The common case (an adapter's body stream, read whole): taken all at once when the source
    // offers to (a stream, or a decoding iterable), else read by its events — both cost far
    // less than an async iterator over it.
    const stream = this.#source;
    const whole =
      stream === null || (isReadable(stream) && stream.readableDidRead) ? null : takeWholeBody(stream);
    if (whole !== null) {
      this.#reading = this.#settle(whole);
      return this.#reading;
    }
    if (isReadable(stream) && canReadByEvents(stream)) {
      this.#reading = this.#settle(readReadable(stream));
      return this.#reading;
    }
    let source: AsyncIterable<Uint8Array>;
    try {
      source = this.#claim();
    } catch (error) {
      this.#state = 'consumed';
      return Promise.reject(error);
    }
    this.#reading = this.#readAll(source);
    return this.#reading;
  }

  /**
   * The chunks as they arrive: replays `content` when in hand, else claims the stream.
   * @throws StreamConsumedError (on the first `next()`) when the stream was already claimed.
   */
  async *chunks(): AsyncGenerator<Uint8Array, void, undefined> {
    if (this.#state === 'none' || this.#state === 'content') {
      if (this.#content !== null && this.#content.byteLength > 0) yield this.#content;
      return;
    }
    if (this.#state !== 'stream' || this.#reading !== null) throw this.#consumedError();
    const source = this.#claim();
    this.#state = 'iterating';
    try {
      for await (const chunk of source) yield toBytes(chunk);
    } finally {
      // Finished, failed or abandoned (break): the stream is gone either way.
      if (this.#state === 'iterating') this.#state = 'consumed';
    }
  }

  /** Destroys an unread or partly read stream so the connection is released. Idempotent. */
  async close(): Promise<void> {
    const source = this.#source;
    const raw = this.#raw;
    const active = this.#active;
    const unread = this.#state === 'stream' || this.#state === 'iterating';
    if (unread) this.#state = 'closed';
    this.#source = null;
    this.#active = null;
    if (isReadable(source) && !source.destroyed) source.destroy();
    if (raw !== null && !raw.destroyed) raw.destroy();
    if (!unread) return;
    // Not awaited: a source stuck waiting for bytes would hold `return` (and close) forever.
    const iterator =
      active ?? (isReadable(source) || source === null ? null : source[Symbol.asyncIterator]());
    if (iterator?.return) Promise.resolve(iterator.return()).catch(() => {});
  }

  /** Starts the one iteration of the stream; for-await over the result still calls `return` on exit. */
  #claim(): AsyncIterable<Uint8Array> {
    const source = this.#source;
    if (source === null) throw this.#consumedError();
    // Someone read `raw` first (the same stream when the body is not encoded): what is left
    // is not the body, so say so rather than return a silently short one.
    if (isReadable(source) && source.readableDidRead) throw this.#consumedError();
    const iterator = source[Symbol.asyncIterator]();
    this.#active = iterator;
    return { [Symbol.asyncIterator]: () => iterator };
  }

  async #readAll(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let total = 0;
    try {
      for await (const chunk of source) {
        const bytes = toBytes(chunk);
        parts.push(bytes);
        total += bytes.byteLength;
      }
    } catch (error) {
      if (this.#state === 'stream') this.#state = 'consumed';
      throw error;
    }
    // The only copy: one buffer of its own, never a view into memory shared with others.
    return this.#keep(concatBytes(parts, total));
  }

  /** The state changes of {@link ResponseBody.read} around an event-driven read. */
  #settle(reading: Promise<Uint8Array>): Promise<Uint8Array> {
    return reading.then(
      (content) => this.#keep(content),
      (error: unknown) => {
        if (this.#state === 'stream') this.#state = 'consumed';
        throw error;
      },
    );
  }

  #keep(content: Uint8Array): Uint8Array {
    this.#source = null;
    // The stream, read to its end, is of no more use: dropping it lets a response kept in a
    // list (map's results) cost its fields and bytes, not a Readable and the exchange behind
    // it. `raw` then answers an empty ended stream, as the drained one would.
    if (this.#raw !== null && this.#state === 'stream') {
      this.#raw = null;
      this.#rawDrained = true;
    }
    if (this.#state === 'stream') this.setContent(content);
    return content;
  }

  #consumedError(): StreamConsumedError {
    const message =
      this.#state === 'closed'
        ? 'The response was closed before its body was read.'
        : 'The content for this response was already consumed.';
    return new StreamConsumedError(message, { response: this.#owner });
  }
}

const encoder = new TextEncoder();

/** Streams in text mode yield strings; everything else is bytes already. */
function toBytes(chunk: Uint8Array | string): Uint8Array {
  return typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
}
