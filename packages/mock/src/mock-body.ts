/** A mocked response body handed to core's Response: bytes or a stream, decoded when encoded. */
import { Readable } from 'node:stream';
import { type PreparedRequest, type Response, StreamConsumedError, type WholeBodySource } from '@reqs/core';
import { decodeStream, decodeWhole, decodingError } from './decode-content.js';
import { withinReadTimeout } from './read-timer.js';

const encoder = new TextEncoder();

/** How a streamed body is read: the read timeout between chunks and the abort signal. */
export interface BodyTiming {
  readonly read: number | null;
  readonly signal: AbortSignal | undefined;
  readonly request: PreparedRequest;
}

/**
 * A body in hand: iterated as one chunk, or taken whole by `response.read()` (core's
 * WholeBodySource, no stream machinery). `bytes` may be a function: decoding happens on the
 * first read, never for a body nobody reads (a redirect's).
 *
 * Taken whole, the body is one buffer of exactly its length, as HTTPAdapter hands over: a copy,
 * since a route's bytes are shared by every response it gives (and a decoder's output may be
 * a view of a larger buffer), and the content is the response's own to change.
 */
export class WholeBody implements AsyncIterable<Uint8Array>, WholeBodySource {
  readonly #bytes: () => Uint8Array;

  constructor(bytes: () => Uint8Array) {
    this.#bytes = bytes;
  }

  takeAll(): Promise<Uint8Array> {
    try {
      return Promise.resolve(new Uint8Array(this.#bytes()));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array, void, undefined> {
    const bytes = this.#bytes();
    if (bytes.byteLength > 0) yield bytes;
  }
}

/** True when the user took `raw` in hand: its bytes are no longer there to decode. */
function rawWasTaken(raw: Readable): boolean {
  return raw.readableDidRead || raw.readableEnded || raw.readableFlowing !== null || raw.destroyed;
}

function consumed(response: Response): StreamConsumedError {
  return new StreamConsumedError(
    'The response body was read undecoded through response.raw; its decoded content is not available.',
    { response },
  );
}

/** Bytes with `codings`: `raw` is the encoded body, the decoded side decodes on first read. */
export function encodedWholeBody(bytes: Uint8Array, codings: readonly string[], response: Response) {
  const raw = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const decoded = new WholeBody(() => {
    if (rawWasTaken(raw)) throw consumed(response);
    raw.destroy();
    return decodeWhole(bytes, codings);
  });
  return { decoded, raw };
}

/** Chunks as bytes, each awaited within the read timeout and the abort signal. */
export async function* timedChunks(
  source: AsyncIterable<Uint8Array | string>,
  timing: BodyTiming,
): AsyncGenerator<Uint8Array, void, undefined> {
  const iterator = source[Symbol.asyncIterator]();
  let done = false;
  try {
    while (true) {
      const next = await withinReadTimeout(iterator.next(), 0, timing.read, timing.signal, timing.request);
      if (next === undefined || next.done) {
        done = true;
        return;
      }
      yield typeof next.value === 'string' ? encoder.encode(next.value) : next.value;
    }
  } finally {
    // Not awaited: a source stuck waiting for its next chunk would hold us forever.
    if (!done) Promise.resolve(iterator.return?.()).catch(() => {});
  }
}

/** A streamed body with `codings`: `raw` yields the encoded chunks, the decoded side pipes them through decoders on first read. */
export function encodedStreamBody(
  source: AsyncIterable<Uint8Array>,
  codings: readonly string[],
  response: Response,
) {
  const raw = Readable.from(source, { objectMode: false });
  async function* decoded(): AsyncGenerator<Uint8Array, void, undefined> {
    if (rawWasTaken(raw)) throw consumed(response);
    try {
      for await (const chunk of decodeStream(raw, codings)) yield chunk as Uint8Array;
    } catch (error) {
      throw decodingError(error, codings);
    }
  }
  return { decoded: decoded(), raw };
}
