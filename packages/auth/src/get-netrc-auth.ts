/** getNetrcAuth: credentials for a URL's host from `.netrc`, as Requests' `get_netrc_auth`. */
import { environmentVariables, nodeBuiltin } from '@reqs/core';
import { fileSystem, loadNetrc, netrcFileExists } from './netrc-file-cache.js';

const os = nodeBuiltin<typeof import('node:os')>('node:os');
const paths = nodeBuiltin<typeof import('node:path')>('node:path');

/**
 * Options of {@link getNetrcAuth}.
 * @example
 * const credentials = getNetrcAuth('https://api.example.org/', { raiseErrors: true, maxAge: 1_000 });
 */
export interface GetNetrcAuthOptions {
  /** Throw when the file cannot be read or parsed (default false: return null). */
  raiseErrors?: boolean;
  /**
   * How long (ms) what the file system said about the file — whether it exists, its mtime
   * and size — may be reused before it is asked again (default 0: ask on every call, as
   * Requests). A Session of the `reqs` package uses 100 ms, so a request costs no system
   * calls for .netrc while an edit or a new file is still seen a moment later. The path is
   * worked out from `NETRC` and the home directory on every call either way.
   */
  maxAge?: number;
}

/** The file names looked for in the home directory when `NETRC` is unset, in order. */
const NETRC_FILES = ['.netrc', '_netrc'] as const;

/**
 * The `[login, password]` that `.netrc` holds for the host of `url`, or null.
 *
 * The file is `$NETRC` when set (a leading `~` is expanded), else `~/.netrc`, else `~/_netrc`.
 * The host is matched by name only — never by port, never by a parent domain — so the
 * credentials of one host are not offered to another; a `default` entry applies to every
 * host, as in Python. An entry without `login` answers with its `account`; one with neither
 * `login` nor `password` (or both empty) gives null. A session calls
 * this for each request and redirect hop, with the URL actually being connected to.
 *
 * @throws NetrcParseError or the file system error, only with `raiseErrors: true`.
 * @example
 * getNetrcAuth('https://api.example.org:8443/v1') // → ['me', 'secret'] from `machine api.example.org`
 */
export function getNetrcAuth(
  url: string,
  { raiseErrors = false, maxAge = 0 }: GetNetrcAuthOptions = {},
): [username: string, password: string] | null {
  // No file system, no home directory (a browser): no netrc file to read.
  if (fileSystem === undefined || os === undefined || paths === undefined) return null;
  const path = findNetrcFile(maxAge);
  if (path === null) return null;
  const host = hostOf(url);
  if (host === null) return null;
  try {
    const entry = loadNetrc(path, maxAge).authenticators(host);
    // An entry without login and password (absent or empty) gives nothing, as Requests ignores
    // empty credentials rather than send `Authorization: Basic Og==`.
    if (entry === null || (entry.login === '' && entry.password === '')) return null;
    return [entry.login || entry.account, entry.password];
  } catch (error) {
    if (raiseErrors) throw error;
    return null;
  }
}

/** The first netrc file that exists, or null. */
function findNetrcFile(maxAge: number): string | null {
  const fromEnv = environmentVariables().NETRC;
  if (fromEnv !== undefined) {
    const path = expandUser(fromEnv);
    return netrcFileExists(path, maxAge) ? path : null;
  }
  for (const path of homeCandidates()) {
    if (netrcFileExists(path, maxAge)) return path;
  }
  return null;
}

// The candidate paths for the current home directory, joined again only when it changes
// (a session looks them up on every request).
let candidates: { home: string; paths: readonly string[] } | null = null;

function homeCandidates(): readonly string[] {
  const home = os!.homedir();
  if (candidates === null || candidates.home !== home) {
    candidates = { home, paths: NETRC_FILES.map((name) => paths!.join(home, name)) };
  }
  return candidates.paths;
}

function expandUser(path: string): string {
  return path === '~' || path.startsWith('~/') ? os!.homedir() + path.slice(1) : path;
}

/** The host name of `url` without port or IPv6 brackets, lower-cased; null when `url` does not parse. */
function hostOf(url: string): string | null {
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return null;
  }
  if (hostname === '') return null;
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
