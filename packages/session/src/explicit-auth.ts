/**
 * Which requests carry auth the user gave (the request's or the session's `auth`, a URL's
 * `user:pass@`, an `Authorization` header): `.netrc` never replaces it, on the first request or on
 * a redirect hop to the same origin.
 */
import type { PreparedRequest } from '@reqs/core';

// Request → the URL its explicit auth was given for (its origin is worked out only on a redirect,
// keeping the parse off every request). A WeakMap: nothing kept after the request.
const explicitUrls = new WeakMap<PreparedRequest, string>();

/** Records that `request` carries auth the user gave for the origin of `url`. */
export function markExplicitAuth(request: PreparedRequest, url: string): void {
  explicitUrls.set(request, url);
}

/** Carries the mark of `from` (the previous hop) over to `to` (the next one). */
export function carryExplicitAuth(from: PreparedRequest, to: PreparedRequest): void {
  const url = explicitUrls.get(from);
  if (url !== undefined) explicitUrls.set(to, url);
}

/** True when `request` goes to the origin its user-given auth was for. */
export function hasExplicitAuth(request: PreparedRequest): boolean {
  const url = explicitUrls.get(request);
  if (url === undefined) return false;
  const origin = originOf(url);
  return origin !== null && origin === originOf(request.url);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
