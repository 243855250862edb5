/** Re-quoting a URI so it is fully and only once percent-encoded (Requests' requote_uri). */
import { InvalidURL } from './errors/invalid-url.js';
import { toWellFormed } from './well-formed.js';

// RFC 3986 unreserved characters: a percent-escape of one of these is needlessly escaped.
const UNRESERVED = charTable('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~');
// What `quote` leaves alone: unreserved plus Requests' safe characters (with or without '%').
const SAFE_WITH_PERCENT = charTable(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!#$%&'()*+,/:;=?@[]",
);
const SAFE_WITHOUT_PERCENT = charTable(
  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!#$&'()*+,/:;=?@[]",
);

/** A 128-entry table: 1 for each ASCII character of `chars`. */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * Percent-encodes every character of `text` not in `safe` (non-ASCII as UTF-8 bytes), as
 * Python's `urllib.parse.quote`. Returns `text` itself when nothing needs encoding.
 */
export function quote(text: string, safe: Uint8Array): string {
  let out = '';
  let last = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128 && safe[c] === 1) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length) {
      const d = text.charCodeAt(end);
      if (d < 128 && safe[d] === 1) break;
      end++;
    }
    out += text.slice(last, i) + encodeRun(text.slice(i, end));
    last = i = end;
  }
  return last === 0 ? text : out + text.slice(last);
}

/** encodeURIComponent escapes everything `quote` escapes (its unescaped set is all safe). */
function encodeRun(run: string): string {
  try {
    return encodeURIComponent(run);
  } catch {
    // A lone surrogate cannot be UTF-8 encoded: send U+FFFD as TextEncoder would.
    return encodeURIComponent(toWellFormed(run));
  }
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x66 ? lower - 0x61 + 10 : -1;
}

/**
 * Decodes the percent-escapes of unreserved characters (`%7E` → `~`), leaving every other
 * escape as is.
 *
 * @example
 * unquoteUnreserved('/users/%7Ealice/a%2Fb'); // '/users/~alice/a%2Fb': `/` is reserved, its escape stays
 * @throws InvalidURL `Invalid percent-escape sequence: 'zz'` for a `%` followed by two
 *   letters or digits that are not hex.
 */
export function unquoteUnreserved(uri: string): string {
  let i = uri.indexOf('%');
  if (i === -1) return uri;
  let out = '';
  let last = 0;
  for (; i !== -1; i = uri.indexOf('%', i + 1)) {
    const a = uri.charCodeAt(i + 1);
    const b = uri.charCodeAt(i + 2);
    if (!(isAlnum(a, uri, i + 1) && isAlnum(b, uri, i + 2))) continue;
    const hi = hexValue(a);
    const lo = hexValue(b);
    if (hi === -1 || lo === -1) {
      throw new InvalidURL(`Invalid percent-escape sequence: '${uri.slice(i + 1, i + 3)}'`);
    }
    const code = hi * 16 + lo;
    if (code < 128 && UNRESERVED[code] === 1) {
      out += uri.slice(last, i) + String.fromCharCode(code);
      last = i + 3;
    }
  }
  return last === 0 ? uri : out + uri.slice(last);
}

const UNICODE_ALNUM = /[\p{L}\p{N}]/u;

// Python's str.isalnum is Unicode-aware: a non-ASCII letter or digit makes an invalid escape.
function isAlnum(c: number, text: string, index: number): boolean {
  if (Number.isNaN(c)) return false;
  if (c < 128) return isAsciiAlnum(c);
  return UNICODE_ALNUM.test(text.charAt(index));
}

/**
 * Re-quotes `uri`: unreserved characters are unescaped, characters that are neither reserved
 * nor unreserved are escaped, and existing escapes are kept. When the URI holds an invalid
 * escape (`%zz`), every `%` is quoted instead (`%` → `%25`).
 *
 * @example
 * requoteUri('http://example.com/a b?c=%7E'); // 'http://example.com/a%20b?c=~'
 */
export function requoteUri(uri: string): string {
  try {
    return quote(unquoteUnreserved(uri), SAFE_WITH_PERCENT);
  } catch (error) {
    if (!(error instanceof InvalidURL)) throw error;
    return quote(uri, SAFE_WITHOUT_PERCENT);
  }
}
