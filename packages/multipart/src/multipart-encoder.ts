// A streaming multipart/form-data body (requests-toolbelt's MultipartEncoder, for reqs).

import {
  type EncodedMultipart,
  type FileSpec,
  type MultipartEncoder as MultipartEncoderContract,
  type Scalar,
  UnrewindableBodyError,
} from '@reqs/core';
import { checkBoundary, chooseBoundary, multipartContentType } from './boundary.js';
import { buildParts } from './build-parts.js';
import { bodyLength, encodeParts } from './encode-parts.js';
import type { FormEntry, MultipartParts } from './multipart-parts.js';
import type { Part } from './part.js';

/**
 * Called as the body is read: `bytesSent` so far (each chunk counted once the consumer asks
 * for the next one), and the total length, or `null` when it is unknown.
 * @example
 * const onProgress: ProgressCallback = (sent, total) => {
 *   if (total !== null) process.stdout.write(`\r${Math.round((100 * sent) / total)} %`);
 * };
 */
export type ProgressCallback = (bytesSent: number, total: number | null) => void;

/**
 * Options of a {@link MultipartEncoder}.
 * @example
 * new MultipartEncoder({ files: { f: ['a.txt', 'hello'] } }, { boundary: 'reqs-boundary-1', onProgress: (sent) => console.log(sent) });
 */
export interface MultipartEncoderOptions {
  /** A boundary of your own (1-70 RFC 2046 characters); by default 32 random hex digits. */
  boundary?: string | undefined;
  /** Reports progress each time a chunk has been handed on; it reaches `length` at the end. */
  onProgress?: ProgressCallback | undefined;
}

/**
 * A multipart/form-data body produced lazily, chunk by chunk: files are streamed, never read
 * into memory. Its `length` is known up front when every part's size is (strings, bytes,
 * Blobs, file streams), so it is sent with a Content-Length; otherwise chunked.
 *
 * Iterating it again re-reads every part: strings, bytes and Blobs as they are, file streams
 * by opening their path again. Other streams can be read once; iterating again after that
 * throws `UnrewindableBodyError`.
 *
 * It is also the `MultipartEncoder` of @reqs/core: a session uses an instance as its encoder
 * for `files=`, through {@link MultipartEncoder.encode}.
 *
 * @throws TypeError when a content cannot be sent; RangeError for a bad `boundary`;
 *   `InvalidHeader` for a bad part header; the stat error when a file stream's file is missing.
 * @example
 * const m = new MultipartEncoder(
 *   { fields: { title: 'holiday' }, files: { photo: createReadStream('beach.jpg') } },
 *   { onProgress: (sent, total) => console.log(`${sent}/${total}`) },
 * );
 * await requests.post(url, { data: m, headers: { 'Content-Type': m.contentType } });
 */
export class MultipartEncoder implements MultipartEncoderContract, AsyncIterable<Uint8Array> {
  /** The boundary between parts. */
  readonly boundary: string;
  /** `multipart/form-data; boundary=…`: the request's Content-Type. */
  readonly contentType: string;
  /** The body's size in bytes, or `null` when a part's size is unknown (send it chunked). */
  readonly length: number | null;
  readonly #parts: readonly Part[];
  readonly #options: MultipartEncoderOptions;

  /**
   * An encoder for these parts; nothing is read until the body is iterated.
   *
   * @param parts `{ fields, files }` as Requests' `data` and `files` (fields first), or a
   *   requests-toolbelt-style list of `[name, value]` entries kept in order.
   * @example
   * const encoder = new MultipartEncoder(
   *   { fields: { title: 'Q3' }, files: { report: ['q3.csv', createReadStream('q3.csv'), 'text/csv'] } },
   *   { onProgress: (sent, total) => console.log(`${sent} / ${total ?? '?'} bytes`) },
   * );
   * await requests.post('https://httpbin.org/post', { data: encoder, headers: { 'Content-Type': encoder.contentType } });
   */
  constructor(parts?: MultipartParts | Iterable<FormEntry> | null, options: MultipartEncoderOptions = {}) {
    this.#options = options;
    this.#parts = buildParts(parts);
    const contents = this.#parts.flatMap((part) => part.source.bytes ?? []);
    this.boundary =
      options.boundary === undefined ? chooseBoundary(contents) : checkBoundary(options.boundary, contents);
    this.contentType = multipartContentType(this.boundary);
    this.length = bodyLength(this.#parts, this.boundary);
  }

  /** Whether the body can be read any number of times (no part is a once-only stream). */
  get rewindable(): boolean {
    return this.#parts.every((part) => part.source.rewindable);
  }

  /**
   * Produces the body. Each call starts from the beginning.
   *
   * @throws UnrewindableBodyError (from the first `next()`) when a once-only stream part has
   *   already been read.
   * @example
   * const encoder = new MultipartEncoder({ fields: { a: '1' } });
   * const chunks: Uint8Array[] = [];
   * for await (const chunk of encoder) chunks.push(chunk);
   */
  [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    return this.#iterate();
  }

  /**
   * The core `MultipartEncoder` contract: a new encoder for `fields` and `files` (fields
   * first), sharing this one's options. This instance's own parts play no role.
   * @example
   * // What reqs calls for `files`; a session uses it as `multipartEncoder`:
   * const session = new Session({ multipartEncoder: new MultipartEncoder(null, { boundary: 'my-boundary' }) });
   */
  encode(
    fields: ReadonlyArray<readonly [name: string, value: Scalar]>,
    files: ReadonlyArray<readonly [name: string, file: FileSpec]>,
  ): EncodedMultipart {
    const body = new MultipartEncoder({ fields, files }, this.#options);
    return { body, contentType: body.contentType, length: body.length };
  }

  async *#iterate(): AsyncGenerator<Uint8Array> {
    const spent = this.#parts.find((part) => part.source.taken);
    if (spent !== undefined) {
      throw new UnrewindableBodyError(
        `The multipart body cannot be sent again: field ${JSON.stringify(spent.name)} is a stream that was read`,
      );
    }
    const onProgress = this.#options.onProgress;
    let sent = 0;
    for await (const chunk of encodeParts(this.#parts, this.boundary)) {
      yield chunk;
      sent += chunk.byteLength;
      onProgress?.(sent, this.length);
    }
  }
}
