/** Revalidation (RFC 9111 §4.3): the conditional request, and a 304's headers merged into the stored response. */
import { CaseInsensitiveDict, type PreparedRequest } from '@reqs/core';
import type { StoredResponse } from './cache-store.js';

/** Headers of a 304 never copied onto the stored response: they describe the 304's own (empty) body. */
const BODY_HEADERS: ReadonlySet<string> = new Set([
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'content-range',
  'set-cookie',
]);

/** True when the stored response carries a validator (`ETag` or `Last-Modified`). */
export function hasValidator(stored: StoredResponse): boolean {
  return stored.headers.some(([name]) => {
    const lower = name.toLowerCase();
    return lower === 'etag' || lower === 'last-modified';
  });
}

/** A copy of `request` asking the server whether `stored` is still current (If-None-Match / If-Modified-Since). */
export function conditionalRequest(request: PreparedRequest, stored: StoredResponse): PreparedRequest {
  const conditional = request.copy();
  conditional.method = 'GET';
  for (const [name, value] of stored.headers) {
    const lower = name.toLowerCase();
    if (lower === 'etag') conditional.headers.set('If-None-Match', value);
    else if (lower === 'last-modified') conditional.headers.set('If-Modified-Since', value);
  }
  return conditional;
}

/**
 * The stored response freshened by a 304 (§4.3.4): its headers replaced by the 304's (body
 * headers excepted), the times of the new exchange, the same body.
 */
export function mergeNotModified(
  stored: StoredResponse,
  notModified: CaseInsensitiveDict<string>,
  times: { requestTime: number; responseTime: number },
  lifetime: (headers: CaseInsensitiveDict<string>) => number,
): StoredResponse {
  const headers = new CaseInsensitiveDict<string>();
  for (const [name, value] of stored.headers) headers.append(name, value);
  // The stored Age described the old exchange; the 304's own (if any) describes this one.
  headers.delete('age');
  const replaced = new Set<string>();
  for (const [name, value] of notModified) {
    const lower = name.toLowerCase();
    if (BODY_HEADERS.has(lower)) continue;
    if (!replaced.has(lower)) {
      headers.delete(name);
      replaced.add(lower);
    }
    headers.append(name, value);
  }
  const pairs: [string, string][] = [];
  for (const [name, value] of headers) pairs.push([name, value]);
  return { ...stored, headers: pairs, ...times, lifetime: lifetime(headers) };
}
