/** Matching a cookie against the `{ domain, path }` a dict-style lookup narrows to. */
import type { CookieLike, CookieScope } from '@reqs/core';
import { normalizeDomain } from './cookie-rules.js';

/** A scope with its domain normalised once (lower case, no leading dot). */
export interface NormalizedScope {
  readonly domain: string | undefined;
  readonly path: string | undefined;
}

/** Normalises a scope for {@link inScope}. */
export function normalizeScope(scope: CookieScope | undefined): NormalizedScope {
  return {
    domain: scope?.domain === undefined ? undefined : normalizeDomain(scope.domain),
    path: scope?.path,
  };
}

/** True when `cookie` has the scope's domain and path exactly (an absent one matches any). */
export function inScope(cookie: CookieLike, scope: NormalizedScope): boolean {
  if (scope.domain !== undefined && cookie.domain !== scope.domain) return false;
  return scope.path === undefined || cookie.path === scope.path;
}
