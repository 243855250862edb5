// Transport settings from the command line: auth, proxies, TLS, timeout.
import { type AuthBase, HTTPDigestAuth, type PreparedRequest } from 'reqs';
import type { CliOptions } from './cli-options.js';
import { ItemError } from './request-items.js';

/** What `auth` may be on a request. */
export type AuthSetting = [string, string] | AuthBase | ((r: PreparedRequest) => PreparedRequest);

/** `user:pass` split at the first colon; the password is null when none was given. */
export function splitCredentials(auth: string): { user: string; password: string | null } {
  const colon = auth.indexOf(':');
  return colon === -1
    ? { user: auth, password: null }
    : { user: auth.slice(0, colon), password: auth.slice(colon + 1) };
}

/** The auth for --auth/--auth-type; `password` is the one typed at a prompt when --auth had none. */
export function authFor(options: CliOptions, password: string | null): AuthSetting | undefined {
  if (options.auth === undefined) return undefined;
  if (options.authType === 'bearer') {
    const token = options.auth;
    return (r: PreparedRequest) => {
      r.headers.set('Authorization', `Bearer ${token}`);
      return r;
    };
  }
  const { user, password: given } = splitCredentials(options.auth);
  const secret = given ?? password ?? '';
  return options.authType === 'digest' ? new HTTPDigestAuth(user, secret) : [user, secret];
}

/** `--proxy http:http://host:3128` (repeatable) → `{ http: 'http://host:3128' }`. */
export function proxiesFor(specs: readonly string[]): Record<string, string> {
  const proxies: Record<string, string> = {};
  for (const spec of specs) {
    const colon = spec.indexOf(':');
    if (colon <= 0 || !spec.slice(colon + 1).includes('://')) {
      throw new ItemError(`--proxy '${spec}': expected PROTOCOL:PROXY_URL, e.g. http:http://localhost:3128`);
    }
    proxies[spec.slice(0, colon).toLowerCase()] = spec.slice(colon + 1);
  }
  return proxies;
}

/** `--verify yes|no|PATH` → `true`, `false` or the CA bundle path. */
export function verifyFor(value: string): boolean | string {
  const lower = value.toLowerCase();
  if (lower === 'yes' || lower === 'true') return true;
  if (lower === 'no' || lower === 'false') return false;
  return value;
}

/** `--cert` with an optional `--cert-key`. */
export function certFor(options: CliOptions): string | [string, string] | undefined {
  if (options.certKey !== undefined && options.cert === undefined)
    throw new ItemError('--cert-key needs --cert');
  if (options.cert === undefined) return undefined;
  return options.certKey === undefined ? options.cert : [options.cert, options.certKey];
}
