/** Variants (RFC 9111 §4.1): a stored response is used only for requests with the same values of the headers its `Vary` names. */
import { createHash } from 'node:crypto';
import type { CaseInsensitiveDict } from '@reqs/core';
import type { StoredResponse } from './cache-store.js';

/** The lower-cased header names a response's `Vary` lists, plus `extra`; null for `Vary: *` (never served). */
export function varyNames(vary: string | undefined, extra: readonly string[]): string[] | null {
  const names = extra.slice();
  if (vary === undefined) return names;
  for (const part of vary.split(',')) {
    const name = part.trim().toLowerCase();
    if (name === '*') return null;
    if (name !== '' && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The request's values of `names` (whitespace-normalised), null for absent headers. */
export function varyValues(
  names: readonly string[],
  requestHeaders: CaseInsensitiveDict<string>,
): Record<string, string | null> {
  const values: Record<string, string | null> = Object.create(null);
  for (const name of names) values[name] = requestValue(requestHeaders, name);
  return values;
}

/** The first (newest) variant whose stored request headers match this request's. */
export function selectVariant(
  variants: readonly StoredResponse[],
  requestHeaders: CaseInsensitiveDict<string>,
): StoredResponse | undefined {
  for (const variant of variants) {
    let matches = true;
    for (const name in variant.varyValues) {
      if (variant.varyValues[name] !== requestValue(requestHeaders, name)) {
        matches = false;
        break;
      }
    }
    if (matches) return variant;
  }
  return undefined;
}

/** True when two variants answer the same request header values (the newer replaces the older). */
export function sameVariant(a: StoredResponse, b: StoredResponse): boolean {
  const names = Object.keys(a.varyValues);
  if (names.length !== Object.keys(b.varyValues).length) return false;
  return names.every((name) => a.varyValues[name] === b.varyValues[name]);
}

/** Headers whose values are credentials: kept in the store only as a SHA-256 digest. */
const SECRET_HEADERS: ReadonlySet<string> = new Set(['authorization', 'proxy-authorization', 'cookie']);

/** The request's value of `name` as stored and compared: whitespace-normalised, digested when secret, null when absent. */
function requestValue(requestHeaders: CaseInsensitiveDict<string>, name: string): string | null {
  const value = requestHeaders.get(name);
  if (value === undefined) return null;
  const normalized = value.trim().replace(/\s*,\s*/g, ', ');
  if (!SECRET_HEADERS.has(name)) return normalized;
  return `sha256:${createHash('sha256').update(normalized).digest('hex')}`;
}
