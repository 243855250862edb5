// Undoing a response's Content-Encoding (gzip, deflate, br), as a transport does.
import { PassThrough, type Readable, type Transform } from 'node:stream';
import * as zlib from 'node:zlib';
import { ContentDecodingError, type Response } from '@reqs/core';

/** A decoding stream for one coding; null for identity or a coding left undecoded (as Requests does). */
function decoderFor(coding: string): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return zlib.createGunzip();
    case 'deflate':
      return zlib.createInflate();
    case 'br':
      return zlib.createBrotliDecompress();
    default:
      return null;
  }
}

/** The codings in the order they were applied, lower case, from every Content-Encoding line. */
export function contentCodings(header: string | undefined): string[] {
  if (header === undefined) return [];
  return header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}

/**
 * `raw` with its codings undone (last applied first); the decoded stream fails with
 * ContentDecodingError when the bytes do not decode, and closing it closes `raw`. `raw`
 * itself when nothing applies.
 */
export function decodeBody(raw: Readable, codings: readonly string[], response: Response): Readable {
  const decoders: Transform[] = [];
  for (let i = codings.length - 1; i >= 0; i -= 1) {
    const decoder = decoderFor(codings[i]!);
    if (decoder === null) return raw; // an unknown coding: the bytes are handed over as received
    decoders.push(decoder);
  }
  if (decoders.length === 0) return raw;
  const out = new PassThrough();
  const fail = (error: Error) => {
    out.destroy(
      new ContentDecodingError(
        `Received response with content-encoding: ${codings.join(', ')}, but failed to decode it.`,
        { response, cause: error },
      ),
    );
  };
  let stream: Readable = raw;
  for (const decoder of decoders) {
    decoder.on('error', fail);
    stream = stream.pipe(decoder);
  }
  stream.pipe(out);
  raw.on('error', (error) => out.destroy(error));
  out.once('close', () => raw.destroy());
  return out;
}
