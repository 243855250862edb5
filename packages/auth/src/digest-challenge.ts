/** DigestChallenge: a `WWW-Authenticate: Digest …` challenge we can answer (RFC 7616 §3.3). */
import { type DigestAlgorithm, digestAlgorithm } from './digest-algorithm.js';
import { parseAuthChallenges } from './parse-auth-challenges.js';

/** The parts of a Digest challenge that an answer uses. */
export interface DigestChallenge {
  readonly realm: string;
  readonly nonce: string;
  readonly opaque: string | null;
  /** The `algorithm` value exactly as the server sent it (echoed back), or null when absent (MD5). */
  readonly algorithmName: string | null;
  readonly algorithm: DigestAlgorithm;
  /** `'auth'` when the server offered it (alone or with `auth-int`); null for an RFC 2069 challenge without qop. */
  readonly qop: 'auth' | null;
  /** `stale=true`: the nonce expired but the credentials were fine. */
  readonly stale: boolean;
  /** `userhash=true`: send the hashed user name. */
  readonly userhash: boolean;
}

/**
 * The first Digest challenge among `WWW-Authenticate` values that we can answer: it has a
 * nonce, an algorithm this runtime has, and either no qop or a qop list containing `auth`
 * (`auth-int` alone is not answered). Null when there is none.
 *
 * @example
 * findDigestChallenge(['Basic realm="a"', 'Digest realm="a", nonce="n", qop="auth,auth-int"'])?.qop // 'auth'
 */
export function findDigestChallenge(values: readonly string[]): DigestChallenge | null {
  for (const { scheme, params } of parseAuthChallenges(values)) {
    if (scheme.toLowerCase() !== 'digest') continue;
    const challenge = toDigestChallenge(params);
    if (challenge !== null) return challenge;
  }
  return null;
}

function toDigestChallenge(params: ReadonlyMap<string, string>): DigestChallenge | null {
  const nonce = params.get('nonce');
  if (nonce === undefined || nonce === '') return null;
  const algorithmName = params.get('algorithm') ?? null;
  const algorithm = digestAlgorithm(algorithmName);
  if (algorithm === null) return null;
  const qopOffer = params.get('qop');
  let qop: 'auth' | null = null;
  if (qopOffer !== undefined) {
    const offered = qopOffer.split(',').map((item) => item.trim().toLowerCase());
    if (!offered.includes('auth')) return null;
    qop = 'auth';
  }
  return {
    realm: params.get('realm') ?? '',
    nonce,
    opaque: params.get('opaque') ?? null,
    algorithmName,
    algorithm,
    qop,
    stale: params.get('stale')?.toLowerCase() === 'true',
    userhash: params.get('userhash')?.toLowerCase() === 'true',
  };
}
