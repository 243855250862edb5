/** digestAlgorithm: the hash behind a Digest `algorithm` name (RFC 7616 §3.3), where this runtime can hash it (digest-hash). */
import { hashNames } from './digest-hash.js';

/** How to compute a Digest response for one `algorithm`. */
export interface DigestAlgorithm {
  /** The Node `crypto.createHash` name, e.g. `sha256`. */
  readonly hash: string;
  /** A `-sess` variant: HA1 also covers the nonce and cnonce. */
  readonly sess: boolean;
}

// "SHA" (SHA-1) is not in RFC 7616, but Requests answers it and servers send it.
const HASHES: ReadonlyMap<string, string> = new Map([
  ['MD5', 'md5'],
  ['SHA', 'sha1'],
  ['SHA-256', 'sha256'],
  ['SHA-512', 'sha512'],
  ['SHA-512-256', 'sha512-256'],
]);

let available: ReadonlySet<string> | null = null;

/**
 * The algorithm for a challenge's `algorithm` value (case-insensitive; absent means MD5), or
 * null when it is unknown or this runtime lacks the hash.
 */
export function digestAlgorithm(name: string | null | undefined): DigestAlgorithm | null {
  const upper = (name ?? 'MD5').toUpperCase();
  const sess = upper.endsWith('-SESS');
  const hash = HASHES.get(sess ? upper.slice(0, -'-SESS'.length) : upper);
  if (hash === undefined) return null;
  return availableHashes().has(hash) ? { hash, sess } : null;
}

function availableHashes(): ReadonlySet<string> {
  available ??= hashNames();
  return available;
}

/**
 * Every `algorithm` name this runtime can answer, e.g. `['MD5', 'MD5-sess', 'SHA', …]`.
 * @example
 * if (!supportedDigestAlgorithms().includes('SHA-512-256')) console.log('this Node cannot answer SHA-512-256 challenges');
 */
export function supportedDigestAlgorithms(): string[] {
  const names: string[] = [];
  for (const base of HASHES.keys()) {
    for (const name of [base, `${base}-sess`]) if (digestAlgorithm(name) !== null) names.push(name);
  }
  return names;
}
