/** Framing headers (`Content-Length` or `Transfer-Encoding`) for a body, and checking the user's. */
import type { PreparedBody } from '../body.js';
import type { CaseInsensitiveDict } from '../case-insensitive-dict.js';
import { InvalidHeader } from '../errors/invalid-header.js';
import type { PreparedRequest } from '../prepared-request.js';
import { superLen } from '../super-len.js';
import { isStream } from './body-kind.js';
import { prepareContentLength } from './prepare-content-length.js';

/** The framing header values preparation left (to tell later whether the user changed them). */
export interface BodyFraming {
  readonly contentLength: string | undefined;
  readonly transferEncoding: string | undefined;
}

/** The framing headers as they are now. */
export function readFraming(headers: CaseInsensitiveDict<string>): BodyFraming {
  return { contentLength: headers.get('Content-Length'), transferEncoding: headers.get('Transfer-Encoding') };
}

/** True when the framing headers still hold what `framing` recorded. */
export function isFramingUnchanged(headers: CaseInsensitiveDict<string>, framing: BodyFraming): boolean {
  return (
    headers.get('Content-Length') === framing.contentLength &&
    headers.get('Transfer-Encoding') === framing.transferEncoding
  );
}

/** Removes both framing headers. */
export function clearFraming(headers: CaseInsensitiveDict<string>): void {
  headers.delete('Content-Length');
  headers.delete('Transfer-Encoding');
}

/**
 * Frames `body` as Requests does: a stream of known, non-zero size gets `Content-Length`,
 * any other stream `Transfer-Encoding: chunked`; anything else gets `prepareContentLength`'s
 * header (and an empty Blob `Content-Length: 0`, being a body all the same). A
 * `Transfer-Encoding` already set is kept, without `Content-Length`.
 */
export function frameBody(
  headers: CaseInsensitiveDict<string>,
  method: string,
  body: PreparedBody,
  length: number | null,
  streamed: boolean,
): void {
  if (headers.has('Transfer-Encoding')) return;
  if (streamed) {
    if (length) headers.set('Content-Length', String(length));
    else headers.set('Transfer-Encoding', 'chunked');
    return;
  }
  prepareContentLength(headers, method, body);
  if (length === 0 && body !== null) headers.set('Content-Length', '0');
}

/** Replaces the framing headers with those `body` needs (for a body assigned after preparing). */
export function reframeBody(headers: CaseInsensitiveDict<string>, method: string, body: PreparedBody): void {
  clearFraming(headers);
  const streamed = body !== null && isStream(body);
  frameBody(headers, method, body, superLen(body), streamed);
}

/**
 * Checks a `Content-Length` the user set against the body's known length (`null`: unknown).
 *
 * @returns true when the user set one (it is then kept as is).
 * @throws InvalidHeader when it is not a number or disagrees with the body.
 */
export function checkDeclaredLength(
  headers: CaseInsensitiveDict<string>,
  length: number | null,
  request: PreparedRequest | undefined,
): boolean {
  const declared = headers.get('Content-Length');
  if (declared === undefined) return false;
  const trimmed = declared.trim();
  if (!/^[0-9]{1,15}$/.test(trimmed)) {
    throw new InvalidHeader(`Invalid Content-Length header: ${JSON.stringify(declared)}`, { request });
  }
  if (length !== null && Number(trimmed) !== length) {
    throw new InvalidHeader(
      `The Content-Length header (${trimmed}) disagrees with the length of the body (${length} bytes)`,
      { request },
    );
  }
  return true;
}
