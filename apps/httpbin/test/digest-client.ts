// A minimal Digest client for the tests (RFC 7616), written independently of the server's digest.ts.
import { createHash } from 'node:crypto';
import { headerValues, type RawInit, type RawResponse, raw } from './helpers.js';

const HASHES: Record<string, string> = { MD5: 'md5', SHA: 'sha1', 'SHA-256': 'sha256', 'SHA-512': 'sha512' };

function h(algorithm: string, data: string | Uint8Array): string {
  return createHash(HASHES[algorithm.replace(/-sess$/, '')]!)
    .update(data)
    .digest('hex');
}

/** Challenge fields from a WWW-Authenticate: Digest header. */
export function challengeOf(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (header ?? '').matchAll(/(\w+)=(?:"([^"]*)"|([^,\s]+))/g)) out[m[1]!] = m[2] ?? m[3]!;
  return out;
}

/** Options for {@link authorization}. */
export interface DigestAnswer {
  method: string;
  uri: string;
  username: string;
  password: string;
  qop?: string | undefined;
  nc?: number;
  body?: string;
  /** How the user name is sent: `username="…"` (default), hashed (`userhash=true`) or as `username*`. */
  nameAs?: 'plain' | 'hash' | 'star';
}

function usernameField(challenge: Record<string, string>, a: DigestAnswer, algorithm: string): string {
  if (a.nameAs === 'hash')
    return `username="${h(algorithm, `${a.username}:${challenge.realm}`)}", userhash=true`;
  if (a.nameAs === 'star') return `username*=UTF-8''${encodeURIComponent(a.username)}`;
  return `username="${a.username}"`;
}

/** The Authorization header answering `challenge`. */
export function authorization(challenge: Record<string, string>, a: DigestAnswer): string {
  const algorithm = challenge.algorithm ?? 'MD5';
  const H = (data: string | Uint8Array) => h(algorithm, data);
  const nc = (a.nc ?? 1).toString(16).padStart(8, '0');
  const cnonce = 'f2a3c4d5e6b7a8c9';
  let ha1 = H(`${a.username}:${challenge.realm}:${a.password}`);
  if (algorithm.endsWith('-sess')) ha1 = H(`${ha1}:${challenge.nonce}:${cnonce}`);
  const ha2 = H(a.qop === 'auth-int' ? `${a.method}:${a.uri}:${H(a.body ?? '')}` : `${a.method}:${a.uri}`);
  const response = a.qop
    ? H(`${ha1}:${challenge.nonce}:${nc}:${cnonce}:${a.qop}:${ha2}`)
    : H(`${ha1}:${challenge.nonce}:${ha2}`);
  const fields = [
    usernameField(challenge, a, algorithm),
    `realm="${challenge.realm}"`,
    `nonce="${challenge.nonce}"`,
    `uri="${a.uri}"`,
    `response="${response}"`,
    `opaque="${challenge.opaque}"`,
    `algorithm=${algorithm}`,
  ];
  if (a.qop) fields.push(`qop=${a.qop}`, `nc=${nc}`, `cnonce="${cnonce}"`);
  return `Digest ${fields.join(', ')}`;
}

/** A cookie jar of one origin: remembers Set-Cookie values and sends them back. */
export class Jar {
  readonly cookies = new Map<string, string>();

  take(res: RawResponse): void {
    for (const header of headerValues(res, 'set-cookie')) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Sends a request with the jar's cookies and stores the response's cookies. */
  async send(url: string, init: RawInit = {}): Promise<RawResponse> {
    const headers = { ...init.headers, ...(this.cookies.size > 0 && { cookie: this.header() }) };
    const res = await raw(url, { ...init, headers });
    this.take(res);
    return res;
  }
}
