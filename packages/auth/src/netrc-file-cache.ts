/** Reads and parses a netrc file once, and again only when it changes (a session asks per request). */
import { nodeBuiltin } from '@reqs/core';
import { type Netrc, parseNetrc } from './parse-netrc.js';

/** The file system, where the runtime has one (a browser has none, and so no netrc file). */
export const fileSystem = nodeBuiltin<typeof import('node:fs')>('node:fs');

interface CachedNetrc {
  readonly path: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly result: Netrc | Error;
  /** When the file was last stat'ed, on the monotonic clock (ms). */
  checkedAt: number;
}

interface CachedExistence {
  readonly exists: boolean;
  readonly checkedAt: number;
}

let cached: CachedNetrc | null = null;

// Whether a candidate path held a file, per path. The paths are the few that `NETRC` and the
// home directory name, so the map stays small; it is cleared if they ever pile up.
const existence = new Map<string, CachedExistence>();
const MAX_PATHS = 16;

const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * Whether a regular file exists at `path`, without an exception either way. An answer found
 * less than `maxAge` ms ago is reused without touching the file system (0: always ask).
 */
export function netrcFileExists(path: string, maxAge = 0): boolean {
  if (maxAge <= 0) return isFile(path);
  const now = performance.now();
  const known = existence.get(path);
  if (known !== undefined && now - known.checkedAt < maxAge) return known.exists;
  const exists = isFile(path);
  if (existence.size >= MAX_PATHS) existence.clear();
  existence.set(path, { exists, checkedAt: now });
  return exists;
}

/** One `access` when `path` is missing (the common case, no Stats object made), then one `stat`. */
function isFile(path: string): boolean {
  return fileSystem!.existsSync(path) && (fileSystem!.statSync(path, NO_THROW)?.isFile() ?? false);
}

/**
 * The parsed netrc file at `path`. Parsed again only when its path, mtime or size changed,
 * so the file is still read fresh after an edit, as Requests reads it on every request. With
 * `maxAge` > 0, a file stat'ed less than `maxAge` ms ago is not stat'ed again.
 * @throws NetrcParseError or the file system error.
 */
export function loadNetrc(path: string, maxAge = 0): Netrc {
  if (maxAge > 0 && cached?.path === path && performance.now() - cached.checkedAt < maxAge) {
    return resultOf(cached);
  }
  const stats = fileSystem!.statSync(path);
  const checkedAt = performance.now();
  if (
    cached === null ||
    cached.path !== path ||
    cached.mtimeMs !== stats.mtimeMs ||
    cached.size !== stats.size
  ) {
    cached = { path, mtimeMs: stats.mtimeMs, size: stats.size, result: parseOrError(path), checkedAt };
  } else {
    cached.checkedAt = checkedAt;
  }
  return resultOf(cached);
}

function resultOf(entry: CachedNetrc): Netrc {
  if (entry.result instanceof Error) throw entry.result;
  return entry.result;
}

function parseOrError(path: string): Netrc | Error {
  try {
    return parseNetrc(readText(path), path);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** The file as UTF-8, or as latin-1 when it is not valid UTF-8 (Python falls back to the locale). */
function readText(path: string): string {
  const bytes = fileSystem!.readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
