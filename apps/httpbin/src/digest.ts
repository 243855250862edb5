/** HTTP Digest (RFC 7616 / 2617) for httpbin's /digest-auth: hashes, the challenge, checking a response. */
import { createHash, randomBytes } from 'node:crypto';
import { decodeExtValue } from './ext-value.js';
import { parseParams } from './header-params.js';

/** The realm httpbin announces. */
export const DIGEST_REALM = 'me@kennethreitz.com';

/** Algorithms the server can challenge with; any other value in the route falls back to MD5. */
export const DIGEST_ALGORITHMS = [
  'MD5',
  'MD5-sess',
  'SHA',
  'SHA-256',
  'SHA-256-sess',
  'SHA-512',
  'SHA-512-sess',
];

const NODE_HASH: Record<string, string> = {
  MD5: 'md5',
  SHA: 'sha1',
  'SHA-256': 'sha256',
  'SHA-512': 'sha512',
};

/** Hex digest of `data` with the algorithm's hash (`-sess` variants use their base hash). */
export function digestHash(algorithm: string, data: string | Uint8Array): string {
  const base = algorithm.replace(/-sess$/i, '').toUpperCase();
  return createHash(NODE_HASH[base] ?? 'md5')
    .update(data)
    .digest('hex');
}

/** The fields of an `Authorization: Digest …` header (names lower-cased). */
export type DigestCredentials = Map<string, string>;

/** Parses a Digest Authorization header; `undefined` when it is not Digest or lacks a required field. */
export function parseDigest(header: string | undefined): DigestCredentials | undefined {
  const m = /^digest\s+(.*)$/is.exec(header ?? '');
  if (!m) return undefined;
  const params = parseParams(m[1]!, ',');
  const required = ['realm', 'nonce', 'uri', 'response'];
  if (params.has('qop')) required.push('nc', 'cnonce');
  const named = params.has('username') || params.has('username*');
  return named && required.every((key) => params.has(key)) ? params : undefined;
}

/** What the server knows when it checks a response. */
export interface DigestCheck {
  credentials: DigestCredentials;
  username: string;
  password: string;
  algorithm: string;
  method: string;
  /** The request target the client sent (path and query). */
  uri: string;
  body: Uint8Array;
}

/** The `response` value a client that knows the password must send (RFC 7616 §3.4.1). */
export function expectedResponse(check: DigestCheck): string {
  const { credentials: c, algorithm } = check;
  const H = (data: string | Uint8Array) => digestHash(algorithm, data);
  const qop = c.get('qop');
  const nonce = c.get('nonce') ?? '';
  let ha1 = H(`${check.username}:${DIGEST_REALM}:${check.password}`);
  if (/-sess$/i.test(algorithm)) ha1 = H(`${ha1}:${nonce}:${c.get('cnonce') ?? ''}`);
  const a2 =
    qop === 'auth-int' ? `${check.method}:${check.uri}:${H(check.body)}` : `${check.method}:${check.uri}`;
  // No qop: RFC 2069 compatibility, as httpbin still accepts it.
  if (qop === undefined) return H(`${ha1}:${nonce}:${H(a2)}`);
  return H(`${ha1}:${nonce}:${c.get('nc')}:${c.get('cnonce')}:${qop}:${H(a2)}`);
}

// RFC 7616 §3.4.4: `userhash=true` sends H(user:realm); `username*` (RFC 8187) carries non-ASCII names.
function namesUser(c: DigestCredentials, algorithm: string, username: string): boolean {
  if (c.get('userhash')?.toLowerCase() === 'true') {
    return c.get('username') === digestHash(algorithm, `${username}:${DIGEST_REALM}`);
  }
  const star = c.get('username*');
  return (star !== undefined ? decodeExtValue(star) : c.get('username')) === username;
}

/** Whether the credentials prove the password for this request. */
export function checkDigest(check: DigestCheck, offeredQops: readonly string[]): boolean {
  const { credentials: c } = check;
  const qop = c.get('qop');
  if (qop !== undefined && !offeredQops.includes(qop)) return false;
  // Stricter than httpbin, which accepts any username whose answer matches the route's password.
  if (!namesUser(c, check.algorithm, check.username)) return false;
  if (c.get('uri') !== check.uri || c.get('realm') !== DIGEST_REALM) return false;
  return c.get('response') === expectedResponse(check);
}

/** What a challenge announces. */
export interface ChallengeSpec {
  qops: readonly string[];
  algorithm: string;
  /** Adds `userhash=true` (RFC 7616), beyond httpbin. */
  userhash: boolean;
}

/** Builds the WWW-Authenticate challenge in werkzeug's field order, with a fresh nonce and opaque. */
export function digestChallenge(spec: ChallengeSpec, stale: boolean, remote: string): string {
  const { qops, algorithm } = spec;
  const nonce = digestHash(algorithm, `${remote}:${Date.now() / 1000}:${randomBytes(10).toString('hex')}`);
  const opaque = digestHash(algorithm, randomBytes(10));
  const fields = [
    `realm="${DIGEST_REALM}"`,
    `nonce="${nonce}"`,
    `qop="${qops.join(', ')}"`,
    `opaque="${opaque}"`,
    `algorithm=${algorithm}`,
    `stale=${stale ? 'TRUE' : 'FALSE'}`,
  ];
  if (spec.userhash) fields.push('userhash=true');
  return `Digest ${fields.join(', ')}`;
}
