// Content-Encoding: which codings a body carries, and the streamed decoder chain that undoes them.

import { type Readable, Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { ContentDecodingError } from '@reqs/core';
import { chainStreams } from './chain-streams.js';
import { DeflateDecoder } from './deflate-decoder.js';
import { SimpleDecoder } from './engine-decoder.js';
import { GzipDecoder } from './gzip-decoder.js';

/** At most this many stacked codings are decoded (a guard against decoding bombs). */
export const MAX_CODINGS = 5;

type ZstdFactory = () => Transform;
const createZstd = (zlib as { createZstdDecompress?: ZstdFactory }).createZstdDecompress;

const DECODERS: Readonly<Record<string, () => Transform>> = {
  gzip: () => new GzipDecoder(),
  'x-gzip': () => new GzipDecoder(),
  deflate: () => new DeflateDecoder(),
  br: () => new SimpleDecoder('br', () => zlib.createBrotliDecompress()),
  ...(createZstd === undefined ? {} : { zstd: () => new SimpleDecoder('zstd', createZstd) }),
};

/**
 * The codings this runtime decodes, for `Accept-Encoding`: gzip, deflate, br, and zstd where available.
 * @example
 * console.log(SUPPORTED_CODINGS.join(', ')); // 'gzip, deflate, br, zstd' where zstd is available
 */
export const SUPPORTED_CODINGS: readonly string[] = [
  'gzip',
  'deflate',
  'br',
  ...(createZstd ? ['zstd'] : []),
];

// One shared, frozen list per known coding name: what a lone `Content-Encoding: gzip` gives.
const SINGLE_CODINGS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.keys(DECODERS).map((name) => [name, Object.freeze([name])]),
);

/**
 * The codings named by the `Content-Encoding` header lines, in the order they were applied
 * (`identity` dropped); null when one is unknown — such a body is passed on undecoded.
 */
export function contentCodings(headerValues: readonly string[]): readonly string[] | null {
  // The common answer, one known coding as servers write it (`gzip`), without splitting.
  if (headerValues.length === 1) {
    const single = SINGLE_CODINGS.get(headerValues[0]!);
    if (single !== undefined) return single;
  }
  const codings: string[] = [];
  for (const value of headerValues) {
    for (const part of value.split(',')) {
      const coding = part.trim().toLowerCase();
      if (coding === '' || coding === 'identity') continue;
      if (!(coding in DECODERS) || !Object.hasOwn(DECODERS, coding)) return null;
      codings.push(coding);
    }
  }
  return codings;
}

function failing(error: Error): Transform {
  return new Transform({
    transform(_chunk, _encoding, callback) {
      callback(error);
    },
    flush(callback) {
      callback(error);
    },
  });
}

/**
 * The decoded body: `raw` piped through one decoder per coding, last applied first. Errors
 * of any stage (and of `raw`) surface on the returned stream; destroying it destroys `raw`.
 * More than {@link MAX_CODINGS} codings fail with ContentDecodingError on the first read.
 */
export function decodeBody(raw: Readable, codings: readonly string[]): Readable {
  if (codings.length === 0) return raw;
  const stages: Transform[] =
    codings.length > MAX_CODINGS
      ? [
          failing(
            new ContentDecodingError(
              `Too many content encodings in the chain: ${codings.length} > ${MAX_CODINGS}`,
            ),
          ),
        ]
      : codings.toReversed().map((coding) => DECODERS[coding]!());
  return chainStreams(raw, stages);
}
