// The decoded side of a compressed response body, decoded only once someone reads it.
import type { Readable } from 'node:stream';
import { type Response, StreamConsumedError } from '@reqs/core';
import { decodeBody } from './decode-body.js';

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * True when the user took the undecoded stream in hand (read from it, attached a `data` or
 * `readable` listener, piped or paused it): its bytes are no longer ours to decode.
 */
function rawWasTaken(raw: Readable): boolean {
  return raw.readableDidRead || raw.readableEnded || raw.readableFlowing !== null;
}

/**
 * What an adapter hands to `response.setBody` for a compressed body: an async iterable (its own
 * iterator, one object per response) that pipes `raw` through the decoders of `codings` on the
 * first `next()`. Until then `response.raw` is the undecoded body (API.md §2); once the user
 * has read from it, reading the decoded body throws StreamConsumedError.
 */
export class LazyDecodedBody implements AsyncIterableIterator<Uint8Array> {
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
      const raw = this.#raw;
      const taken = rawWasTaken(raw);
      // Untouched but failed (timeout, reset, abort signal): that failure is the answer.
      if (!taken && raw.errored !== null) return Promise.reject(raw.errored);
      if (taken || raw.destroyed) {
        return Promise.reject(
          new StreamConsumedError(
            'The response body was read undecoded through response.raw; its decoded content is not available.',
            { response: this.#response },
          ),
        );
      }
      this.#decoded = decodeBody(raw, this.#codings)[Symbol.asyncIterator]();
    }
    return this.#decoded.next();
  }

  /** Ends the iteration: stops the decoders if they run (which destroys `raw`). */
  return(): Promise<IteratorResult<Uint8Array>> {
    this.#returned = true;
    return this.#decoded?.return?.() ?? Promise.resolve(DONE);
  }
}
