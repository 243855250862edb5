/** buildDigestHeader: the `Authorization: Digest …` value answering one challenge (RFC 7616 §3.4). */
import type { DigestChallenge } from './digest-challenge.js';
import { hexHash, randomHex } from './digest-hash.js';

/** What varies per answer besides the challenge and the credentials. */
export interface DigestAnswer {
  readonly username: string;
  readonly password: string;
  /** The request method, e.g. `GET`. */
  readonly method: string;
  /** The request-target sent on the request line (path and query), e.g. `/dir/index.html?x=1`. */
  readonly uri: string;
  /** The nonce count: 1 for the first use of a nonce, then 2, 3, … */
  readonly nc: number;
  /** The client nonce; a fresh random one when omitted. */
  readonly cnonce?: string;
}

/**
 * The `Authorization` header value for a Digest challenge. Strings are hashed as UTF-8.
 * A user name that is not printable ASCII is sent as `username*` (RFC 8187), unless
 * `userhash` is on.
 *
 * @example
 * buildDigestHeader(challenge, { username: 'Mufasa', password: 'Circle of Life', method: 'GET', uri: '/dir/index.html', nc: 1 })
 * // 'Digest username="Mufasa", realm="…", nonce="…", uri="/dir/index.html", algorithm=MD5, response="…", qop="auth", nc=00000001, cnonce="…"'
 */
export function buildDigestHeader(challenge: DigestChallenge, answer: DigestAnswer): string {
  const { realm, nonce, qop, algorithm } = challenge;
  const H = (data: string): string => hexHash(algorithm.hash, data);
  const cnonce = answer.cnonce ?? randomHex(8);
  const nc = answer.nc.toString(16).padStart(8, '0');
  let ha1 = H(`${answer.username}:${realm}:${answer.password}`);
  if (algorithm.sess) ha1 = H(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = H(`${answer.method}:${answer.uri}`);
  // RFC 2069 (no qop) leaves out nc, cnonce and qop from the hash and the header.
  const response =
    qop === null ? H(`${ha1}:${nonce}:${ha2}`) : H(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`);

  const parts = [userPart(challenge, answer.username, H)];
  parts.push(`realm=${quote(realm)}`, `nonce=${quote(nonce)}`, `uri=${quote(answer.uri)}`);
  if (challenge.algorithmName !== null) parts.push(`algorithm=${challenge.algorithmName}`);
  parts.push(`response=${quote(response)}`);
  if (challenge.opaque !== null) parts.push(`opaque=${quote(challenge.opaque)}`);
  // qop quoted as Requests sends it (RFC 7616 writes it bare; servers accept both).
  if (qop !== null) parts.push(`qop=${quote(qop)}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`);
  if (challenge.userhash) parts.push('userhash=true');
  return `Digest ${parts.join(', ')}`;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function userPart(challenge: DigestChallenge, username: string, H: (data: string) => string): string {
  if (challenge.userhash) return `username=${quote(H(`${username}:${challenge.realm}`))}`;
  if (PRINTABLE_ASCII.test(username)) return `username=${quote(username)}`;
  return `username*=UTF-8''${encodeExtValue(username)}`;
}

/** A quoted-string, escaping `"` and `\`. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** RFC 8187 percent-encoding: everything but attr-char. */
function encodeExtValue(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
