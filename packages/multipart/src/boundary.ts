// Multipart boundaries: random from a CSPRNG, never found in the in-memory content.

import { encodeLatin1, indexOfBytes } from '@reqs/core';

// RFC 2046 §5.1.1: 1 to 70 of these characters, not ending with a space.
const BCHARS = /^[0-9A-Za-z'()+_,\-./:=? ]{0,69}[0-9A-Za-z'()+_,\-./:=?]$/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const MAX_TRIES = 16;

/**
 * A boundary for `contents`: 32 hex digits from `crypto.getRandomValues`, drawn again in the
 * (astronomically unlikely) case that one of the in-memory contents holds it. Stream contents
 * cannot be checked up front; 128 random bits make a collision unguessable.
 */
export function chooseBoundary(contents: readonly Uint8Array[]): string {
  for (let i = 0; i < MAX_TRIES; i++) {
    const boundary = randomHex(16);
    if (!occursIn(boundary, contents)) return boundary;
  }
  throw new RangeError('Could not choose a multipart boundary that the content does not contain');
}

/**
 * Checks a boundary the user chose.
 *
 * @throws RangeError when it is not a valid RFC 2046 boundary or one of `contents` holds it.
 */
export function checkBoundary(boundary: string, contents: readonly Uint8Array[]): string {
  if (!BCHARS.test(boundary)) {
    throw new RangeError(
      `Invalid multipart boundary ${JSON.stringify(boundary)}: use 1-70 RFC 2046 characters`,
    );
  }
  if (occursIn(boundary, contents)) {
    throw new RangeError(`The multipart boundary ${JSON.stringify(boundary)} occurs in the content`);
  }
  return boundary;
}

/** `multipart/form-data; boundary=…`, the boundary quoted when it is not a token. */
export function multipartContentType(boundary: string): string {
  const value = TOKEN.test(boundary) ? boundary : `"${boundary}"`;
  return `multipart/form-data; boundary=${value}`;
}

function occursIn(boundary: string, contents: readonly Uint8Array[]): boolean {
  const needle = encodeLatin1(boundary);
  return contents.some((bytes) => indexOfBytes(bytes, needle, 0) !== -1);
}

/** `count` bytes from the runtime's CSPRNG (Web Crypto, on Node too) as hex digits. */
function randomHex(count: number): string {
  let hex = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(count))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
