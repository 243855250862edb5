/** getEncodingFromHeaders: the charset Requests assumes for a response, from its Content-Type. */
import { stripChars as strip } from './strip-chars.js';

/**
 * Anything headers can be looked up in by name: CaseInsensitiveDict, `Headers`, a Map.
 *
 * @example
 * ```ts
 * import { getEncodingFromHeaders, type HeaderLookup } from '@reqs/core';
 *
 * const fromFetch: HeaderLookup = new Headers({ 'content-type': 'text/plain; charset=utf-8' });
 * getEncodingFromHeaders(fromFetch); // 'utf-8'
 * ```
 */
export interface HeaderLookup {
  /** The value of the header `name` (in any casing), or null/undefined when it is absent. */
  get(name: string): string | null | undefined;
}

/**
 * A plain object of header name → value (names in any casing), as Requests' tests pass a dict.
 *
 * @example
 * ```ts
 * import { getEncodingFromHeaders, type HeaderRecord } from '@reqs/core';
 *
 * const headers: HeaderRecord = { 'Content-Type': 'text/csv; charset="windows-1252"' };
 * getEncodingFromHeaders(headers); // 'windows-1252'
 * ```
 */
export type HeaderRecord = Readonly<Record<string, string | null | undefined>>;

const QUOTES_AND_SPACE = `"' `;

/**
 * The encoding named by the `Content-Type` header, following Requests to the letter: the
 * `charset` parameter (quotes stripped) when present; else `ISO-8859-1` when the media type
 * contains `text`; else `utf-8` when it contains `application/json`; else null.
 *
 * `headers` is anything with `get(name)` (a `CaseInsensitiveDict`, `Headers`, a `Map` of
 * lower-case names) or a plain object, whose names are matched in any casing.
 *
 * @example
 * getEncodingFromHeaders(new Headers({ 'content-type': 'text/html' })); // 'ISO-8859-1'
 * getEncodingFromHeaders({ 'Content-Type': 'application/json' }); // 'utf-8'
 */
export function getEncodingFromHeaders(headers: HeaderLookup | HeaderRecord): string | null {
  const header =
    typeof headers.get === 'function'
      ? (headers as HeaderLookup).get('content-type')
      : contentTypeOf(headers as HeaderRecord);
  if (!header) return null;
  // A pure function of the header value: responses of one API repeat the same few values.
  const known = encodings.get(header);
  if (known !== undefined) return known;
  const encoding = encodingOf(header);
  if (header.length <= MAX_CACHED_LENGTH) {
    if (encodings.size >= CACHE_LIMIT) encodings.clear();
    encodings.set(header, encoding);
  }
  return encoding;
}

/** The Content-Type of a plain object, its name in any casing (own keys only). */
function contentTypeOf(headers: HeaderRecord): string | null | undefined {
  for (const name of Object.keys(headers)) {
    if (name.length === 12 && name.toLowerCase() === 'content-type') return headers[name];
  }
  return undefined;
}

// Bounded in entries and in size: a hostile server's long values are parsed, never kept.
const encodings = new Map<string, string | null>();
const CACHE_LIMIT = 256;
const MAX_CACHED_LENGTH = 256;

function encodingOf(header: string): string | null {
  const { mediaType, charset } = parseContentType(header);
  if (charset !== null) return strip(charset, `'"`);
  if (mediaType.includes('text')) return 'ISO-8859-1';
  if (mediaType.includes('application/json')) return 'utf-8';
  return null;
}

/** Splits `type/sub; a=b; charset="x"` into the media type (as sent) and the last charset value. */
function parseContentType(header: string): { mediaType: string; charset: string | null } {
  const tokens = header.split(';');
  let charset: string | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const param = (tokens[i] ?? '').trim();
    const equals = param.indexOf('=');
    // A parameter without `=` has no value (Requests stores True and would then fail on it).
    if (equals === -1) continue;
    if (strip(param.slice(0, equals), QUOTES_AND_SPACE).toLowerCase() === 'charset') {
      charset = strip(param.slice(equals + 1), QUOTES_AND_SPACE);
    }
  }
  return { mediaType: (tokens[0] ?? '').trim(), charset };
}
