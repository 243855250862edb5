/**
 * Which requests carry auth the user gave (the request's or the session's `auth`, a URL's
 * `user:pass@`, an `Authorization` header): `.netrc` never replaces it, on the first request or on
 * a redirect hop to the same origin.
 */
import type { PreparedRequest } from '@reqs/core';

// Request → the origin its explicit auth was given for. A WeakMap: nothing kept after the request.
const explicitOrigins = new WeakMap<PreparedRequest, string>();

/** Records that `request` carries auth the user gave for the origin of `url`. */
export function markExplicitAuth(request: PreparedRequest, url: string): void {
  const origin = originOf(url);
  if (origin !== null) explicitOrigins.set(request, origin);
}

/** Carries the mark of `from` (the previous hop) over to `to` (the next one). */
export function carryExplicitAuth(from: PreparedRequest, to: PreparedRequest): void {
  const origin = explicitOrigins.get(from);
  if (origin !== undefined) explicitOrigins.set(to, origin);
}

/** True when `request` goes to the origin its user-given auth was for. */
export function hasExplicitAuth(request: PreparedRequest): boolean {
  const origin = explicitOrigins.get(request);
  return origin !== undefined && origin === originOf(request.url);
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
