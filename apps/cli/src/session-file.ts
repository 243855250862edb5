// `--session`: cookies, auth and headers kept per host in a JSON file, as HTTPie's sessions.
// Files are written atomically (a temporary file renamed over the old one) with mode 0600.
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { RequestsCookieJar, type RequestsCookieJarJSON } from 'reqs';

/** What a session file holds. */
export interface SessionData {
  /** Sent with every request of the session; `null` unsets a default header. */
  headers: Record<string, string | null>;
  cookies: RequestsCookieJarJSON | null;
  auth: { type: 'basic' | 'digest' | 'bearer'; rawAuth: string } | null;
}

/** Headers that describe one request's body or condition, never kept in a session (as HTTPie). */
const UNKEPT_HEADER = /^(content-|if-)|^(host|range|accept-encoding)$/i;

/** The file of a session: a path when `nameOrPath` has a slash, else a name under the config dir. */
export function sessionPath(nameOrPath: string, url: string, env: NodeJS.ProcessEnv): string {
  if (nameOrPath.includes('/') || nameOrPath.includes('\\')) return nameOrPath;
  if (!/^[\w.-]+$/.test(nameOrPath) || nameOrPath.startsWith('.')) {
    throw new Error(
      `--session '${nameOrPath}': a name is letters, digits, '-', '_' and '.' (or give a path)`,
    );
  }
  const config = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  const { hostname, port } = new URL(url);
  const host = (port ? `${hostname}_${port}` : hostname).replace(/[^\w.-]/g, '_');
  return join(config, 'reqs', 'sessions', host, `${nameOrPath}.json`);
}

/** Reads a session file; an absent file is an empty session. */
export function readSession(path: string): SessionData {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { headers: {}, cookies: null, auth: null };
    throw error;
  }
  let data: Partial<SessionData>;
  try {
    data = JSON.parse(text) as Partial<SessionData>;
  } catch {
    // Never echo the content: it holds credentials.
    throw new Error(`session file ${path} is not valid JSON`);
  }
  return { headers: data.headers ?? {}, cookies: data.cookies ?? null, auth: data.auth ?? null };
}

/** The session's cookie jar. */
export function sessionJar(data: SessionData): RequestsCookieJar {
  return data.cookies ? RequestsCookieJar.fromJSON(data.cookies) : new RequestsCookieJar();
}

/** Headers of this request worth keeping: all but body, condition and transport ones. */
export function keptHeaders(headers: Record<string, string | null>): Record<string, string | null> {
  const kept: Record<string, string | null> = {};
  for (const [name, value] of Object.entries(headers)) if (!UNKEPT_HEADER.test(name)) kept[name] = value;
  return kept;
}

/** Writes a session file atomically, readable by its owner only. */
export function writeSession(path: string, data: SessionData): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const body = JSON.stringify({ __meta__: { about: 'reqs session file' }, ...data }, null, 2);
  try {
    writeFileSync(temporary, `${body}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
