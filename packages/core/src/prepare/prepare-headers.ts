/** Header preparation: a fresh dict of validated headers (Requests' prepare_headers). */
import { CaseInsensitiveDict, plainDict } from '../case-insensitive-dict.js';
import { InvalidHeader } from '../errors/invalid-header.js';
import type { HeadersInit } from '../request-init.js';
import { isFieldValue, isToken } from './http-token.js';

/**
 * Copies `headers` into a new dict, skipping `null` values and validating every name and
 * value before anything is sent.
 *
 * @throws InvalidHeader naming the header when a name is not an RFC 9110 token, or a value is
 *   not a string or holds CR, LF, NUL, another control character or leading whitespace.
 * @example
 * prepareHeaders({ Accept: 'text/html', 'X-Skip': null }).get('accept'); // 'text/html'
 */
export function prepareHeaders(headers: HeadersInit | null | undefined): CaseInsensitiveDict<string> {
  const out = CaseInsensitiveDict.plain<string>();
  if (headers == null) return out;
  for (const [name, value] of headerPairs(headers)) {
    if (value == null) continue;
    checkHeader(name, value);
    out.set(name, value);
  }
  return out;
}

/**
 * Validates one header.
 *
 * @throws InvalidHeader as {@link prepareHeaders}.
 *
 * @example
 * ```ts
 * import { checkHeader } from '@reqs/core';
 *
 * checkHeader('X-Token', 'abc'); // passes
 * checkHeader('X-Token', 'abc\r\nX-Injected: 1'); // throws InvalidHeader (a line break in the value)
 * ```
 */
export function checkHeader(name: unknown, value: unknown): void {
  if (typeof name !== 'string' || typeof value !== 'string') {
    const [part, kind] = typeof name !== 'string' ? [name, 'name'] : [value, 'value'];
    throw new InvalidHeader(
      `Header ${kind} (${String(part)}) from ${JSON.stringify(String(name))} must be a string, not ${typeName(part)}`,
    );
  }
  if (!isToken(name)) {
    throw new InvalidHeader(`Invalid header name ${JSON.stringify(name)}: it must be an RFC 9110 token`);
  }
  if (!isFieldValue(value)) {
    throw new InvalidHeader(
      `Invalid leading whitespace, control character(s) or return character(s) in header value of ${JSON.stringify(name)}: ${JSON.stringify(value)}`,
    );
  }
}

function headerPairs(headers: HeadersInit): Iterable<readonly [string, string | null | undefined]> {
  if (headers instanceof CaseInsensitiveDict) return plainDict(headers).entries();
  if (typeof (headers as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function') {
    return headers as Iterable<readonly [string, string | null | undefined]>;
  }
  return Object.entries(headers as Readonly<Record<string, string | null | undefined>>);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
