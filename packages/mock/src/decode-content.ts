/** Undoing a mocked body's `Content-Encoding` (gzip, deflate, br, zstd), as a real transport does. */
import { pipeline, type Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { ContentDecodingError, RequestException } from '@reqs/core';

/** At most this many stacked codings are decoded (as HTTPAdapter). */
export const MAX_CODINGS = 5;

interface Decoder {
  whole(bytes: Uint8Array): Uint8Array;
  stream(): Transform;
}

type ZlibExtras = {
  zstdDecompressSync?: (bytes: Uint8Array) => Buffer;
  createZstdDecompress?: () => Transform;
};
const { zstdDecompressSync, createZstdDecompress } = zlib as ZlibExtras;

/** True when the two bytes are a zlib header (RFC 1950): "deflate" sent properly; else raw deflate. */
function isZlibHeader(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && (bytes[0]! & 0x0f) === 8 && ((bytes[0]! << 8) | bytes[1]!) % 31 === 0;
}

const gzip: Decoder = { whole: (b) => zlib.gunzipSync(b), stream: () => zlib.createGunzip() };

const DECODERS: Readonly<Record<string, Decoder>> = {
  gzip,
  'x-gzip': gzip,
  deflate: {
    whole: (b) => (isZlibHeader(b) ? zlib.inflateSync(b) : zlib.inflateRawSync(b)),
    stream: () => zlib.createInflate(),
  },
  br: { whole: (b) => zlib.brotliDecompressSync(b), stream: () => zlib.createBrotliDecompress() },
  ...(zstdDecompressSync !== undefined && createZstdDecompress !== undefined
    ? { zstd: { whole: (b: Uint8Array) => zstdDecompressSync(b), stream: createZstdDecompress } }
    : {}),
};

/**
 * The codings named by the `Content-Encoding` values, in the order they were applied
 * (`identity` dropped); null when one is unknown (the body is then left undecoded, as
 * HTTPAdapter does).
 */
export function contentCodings(values: readonly string[]): string[] | null {
  const codings: string[] = [];
  for (const value of values) {
    for (const part of value.split(',')) {
      const coding = part.trim().toLowerCase();
      if (coding === '' || coding === 'identity') continue;
      if (!Object.hasOwn(DECODERS, coding)) return null;
      codings.push(coding);
    }
  }
  return codings;
}

function tooMany(codings: readonly string[]): ContentDecodingError {
  return new ContentDecodingError(
    `Too many content encodings in the chain: ${codings.length} > ${MAX_CODINGS}`,
  );
}

/** Wraps a zlib failure as ContentDecodingError (reqs errors pass as they are). */
export function decodingError(error: unknown, codings: readonly string[]): Error {
  if (error instanceof RequestException) return error;
  return new ContentDecodingError(
    `Received response with content-encoding: ${codings.join(', ')}, but failed to decode it.`,
    { cause: error },
  );
}

/**
 * A whole body decoded (last coding first).
 * @throws ContentDecodingError when a coding does not decode, or more than {@link MAX_CODINGS} are stacked.
 */
export function decodeWhole(bytes: Uint8Array, codings: readonly string[]): Uint8Array {
  if (codings.length > MAX_CODINGS) throw tooMany(codings);
  let out = bytes;
  for (const coding of codings.toReversed()) {
    if (out.byteLength === 0) return out;
    try {
      out = DECODERS[coding]!.whole(out);
    } catch (error) {
      throw decodingError(error, codings);
    }
  }
  return out;
}

/** A streamed body piped through its decoders; any stage's error surfaces on the returned stream (map it with {@link decodingError}). */
export function decodeStream(raw: Readable, codings: readonly string[]): Readable {
  if (codings.length > MAX_CODINGS) {
    raw.destroy();
    throw tooMany(codings);
  }
  const stages = codings.toReversed().map((coding) => DECODERS[coding]!.stream());
  return (pipeline as (...streams: unknown[]) => Readable)(raw, ...stages, () => {});
}
