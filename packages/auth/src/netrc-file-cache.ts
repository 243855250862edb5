/** Reads and parses a netrc file once, and again only when it changes (a session asks per request). */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { type Netrc, parseNetrc } from './parse-netrc.js';

interface CachedNetrc {
  readonly path: string;
  readonly mtimeMs: number;
  readonly size: number;
  readonly result: Netrc | Error;
}

let cached: CachedNetrc | null = null;

const NO_THROW = { throwIfNoEntry: false } as const;

/**
 * Whether a regular file exists at `path`: one `access` when it is missing (the common case,
 * no Stats object made), then one `stat`; no exception either way.
 */
export function netrcFileExists(path: string): boolean {
  return existsSync(path) && (statSync(path, NO_THROW)?.isFile() ?? false);
}

/**
 * The parsed netrc file at `path`. Parsed again only when its path, mtime or size changed,
 * so the file is still read fresh after an edit, as Requests reads it on every request.
 * @throws NetrcParseError or the file system error.
 */
export function loadNetrc(path: string): Netrc {
  const stats = statSync(path);
  if (
    cached === null ||
    cached.path !== path ||
    cached.mtimeMs !== stats.mtimeMs ||
    cached.size !== stats.size
  ) {
    cached = { path, mtimeMs: stats.mtimeMs, size: stats.size, result: parseOrError(path) };
  }
  if (cached.result instanceof Error) throw cached.result;
  return cached.result;
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
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}
