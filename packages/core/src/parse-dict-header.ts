/** parseDictHeader: `key=value` lists (Digest challenges, Cache-Control), as Requests' `parse_dict_header`. */
import { isQuoted, splitHttpList, unquoteHeaderValue } from './parse-list-header.js';

/**
 * Parses `a=1, b="two, three", flag` into `{ a: '1', b: 'two, three', flag: null }`: a key
 * without `=` maps to null. The record has no prototype, so `__proto__` and `constructor`
 * are ordinary keys. Linear in the input.
 *
 * @example
 * parseDictHeader('realm="me@x", qop="auth", nonce=abc')['nonce']; // 'abc'
 */
export function parseDictHeader(value: string): Record<string, string | null> {
  const result: Record<string, string | null> = Object.create(null);
  for (const item of splitHttpList(value)) {
    const equals = item.indexOf('=');
    if (equals === -1) {
      result[item] = null;
      continue;
    }
    const raw = item.slice(equals + 1);
    result[item.slice(0, equals)] = isQuoted(raw) ? unquoteHeaderValue(raw.slice(1, -1)) : raw;
  }
  return result;
}
