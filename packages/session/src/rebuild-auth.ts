/** `Authorization` on a redirect hop (Requests' rebuild_auth). */
import type { PreparedRequest, Response } from '@reqs/core';
import { hasExplicitAuth } from './explicit-auth.js';
import { shouldStripAuth } from './should-strip-auth.js';

/**
 * Looks up `[username, password]` for the host of a URL (e.g. @reqs/auth's `getNetrcAuth`).
 * @example
 * // Credentials from a secrets store instead of ~/.netrc.
 * const vault = new Map([['api.example.org', ['deploy', 'token-123'] as const]]);
 * const lookup: NetrcAuthLookup = (url) => vault.get(new URL(url).hostname);
 * await using s = new Session({ netrcAuth: lookup });
 */
export type NetrcAuthLookup = (
  url: string,
) => readonly [username: string, password: string] | null | undefined;

/**
 * What {@link rebuildAuth} needs from the session (a `Session` is one).
 * @example
 * const options: RebuildAuthOptions = { trustEnv: true, netrcAuth: getNetrcAuth };
 * rebuildAuth(next, r, options);
 */
export interface RebuildAuthOptions {
  /** Look credentials up in the environment (`.netrc`). */
  trustEnv: boolean;
  /** The `.netrc` lookup, or null for none. */
  netrcAuth: NetrcAuthLookup | null;
}

/**
 * Drops `Authorization` (in any casing) when the redirect from `response.request.url` to
 * `prepared.url` changes host, port or scheme (see `shouldStripAuth`); once dropped it stays
 * dropped for the rest of the chain, because every hop copies the previous request. Then,
 * when `trustEnv` is on, no `Authorization` is left and the user gave no auth for the new URL's
 * origin, `.netrc` is asked for credentials for exactly its host (auth the user gave is never
 * replaced by `.netrc`; Requests replaces it).
 *
 * @example
 * rebuildAuth(next, response, { trustEnv: true, netrcAuth: getNetrcAuth });
 */
export function rebuildAuth(
  prepared: PreparedRequest,
  response: Response,
  options: RebuildAuthOptions,
): void {
  const headers = prepared.headers;
  const previousUrl = response.request?.url ?? response.url;
  if (headers.has('Authorization') && shouldStripAuth(previousUrl, prepared.url)) {
    headers.delete('Authorization');
  }
  if (!options.trustEnv || options.netrcAuth === null || headers.has('Authorization')) return;
  // Auth the user gave for this origin (a Digest auth that has not answered yet, say) stays.
  if (hasExplicitAuth(prepared)) return;
  const credentials = options.netrcAuth(prepared.url);
  if (credentials != null) prepared.prepareAuth([credentials[0], credentials[1]]);
}
