import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildDigestHeader } from '../src/build-digest-header.js';
import { digestAlgorithm, supportedDigestAlgorithms } from '../src/digest-algorithm.js';
import { type DigestChallenge, findDigestChallenge } from '../src/digest-challenge.js';
import { parseAuthChallenges } from '../src/parse-auth-challenges.js';

function challengeOf(header: string): DigestChallenge {
  const challenge = findDigestChallenge([header]);
  if (challenge === null) throw new Error(`no answerable challenge in ${header}`);
  return challenge;
}

/** The auth-params of an Authorization header we built. */
function paramsOf(header: string): ReadonlyMap<string, string> {
  const [parsed] = parseAuthChallenges([header]);
  expect(parsed?.scheme).toBe('Digest');
  return parsed!.params;
}

describe('buildDigestHeader: RFC test vectors', () => {
  const rfc7616 =
    'Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=%ALG%, ' +
    'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"';
  const answer = {
    username: 'Mufasa',
    password: 'Circle of Life',
    method: 'GET',
    uri: '/dir/index.html',
    nc: 1,
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  };

  it.each([
    ['MD5', '8ca523f5e9506fed4657c9700eebdbec'],
    ['SHA-256', '753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1'],
  ])('RFC 7616 §3.9.1 with %s', (algorithm, response) => {
    const header = buildDigestHeader(challengeOf(rfc7616.replace('%ALG%', algorithm)), answer);
    expect(header).toBe(
      'Digest username="Mufasa", realm="http-auth@example.org", ' +
        'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", uri="/dir/index.html", ' +
        `algorithm=${algorithm}, response="${response}", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", ` +
        'qop="auth", nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"',
    );
  });

  it('RFC 2617 §3.5', () => {
    const challenge = challengeOf(
      'Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", ' +
        'opaque="5ccc069c403ebaf9f0171e9517f40e41"',
    );
    const header = buildDigestHeader(challenge, {
      username: 'Mufasa',
      password: 'Circle Of Life',
      method: 'GET',
      uri: '/dir/index.html',
      nc: 1,
      cnonce: '0a4f113b',
    });
    expect(paramsOf(header).get('response')).toBe('6629fae49393a05397450978507c4ef1');
    expect(header).not.toContain('algorithm'); // not in the challenge, not in the answer (as Requests)
  });
});

describe('buildDigestHeader: computed by the RFC 7616 formulas', () => {
  const hex = (hash: string, data: string) => createHash(hash).update(data, 'utf8').digest('hex');
  const base = { username: 'user', password: 'pässwörd', method: 'POST', uri: '/x?y=1', cnonce: 'abc' };

  it.each([
    ['MD5', 'md5'],
    ['SHA', 'sha1'],
    ['SHA-256', 'sha256'],
    ['SHA-512', 'sha512'],
    ['SHA-512-256', 'sha512-256'],
  ])('%s and %s-sess', (name, hash) => {
    for (const sess of [false, true]) {
      const algorithm = sess ? `${name}-sess` : name;
      const challenge = challengeOf(`Digest realm="r", nonce="n", qop="auth", algorithm=${algorithm}`);
      const params = paramsOf(buildDigestHeader(challenge, { ...base, nc: 3 }));
      let ha1 = hex(hash, 'user:r:pässwörd');
      if (sess) ha1 = hex(hash, `${ha1}:n:abc`);
      const ha2 = hex(hash, 'POST:/x?y=1');
      expect(params.get('response')).toBe(hex(hash, `${ha1}:n:00000003:abc:auth:${ha2}`));
      expect(params.get('algorithm')).toBe(algorithm);
      expect(params.get('nc')).toBe('00000003');
    }
  });

  it('answers a challenge without qop the RFC 2069 way', () => {
    const challenge = challengeOf('Digest realm="r", nonce="n"');
    const header = buildDigestHeader(challenge, { ...base, nc: 1 });
    const ha1 = hex('md5', 'user:r:pässwörd');
    const ha2 = hex('md5', 'POST:/x?y=1');
    expect(paramsOf(header).get('response')).toBe(hex('md5', `${ha1}:n:${ha2}`));
    expect(header).not.toMatch(/qop|nc=|cnonce/);
  });

  it('hashes the user name with userhash=true', () => {
    const challenge = challengeOf('Digest realm="r", nonce="n", qop=auth, algorithm=SHA-256, userhash=true');
    const params = paramsOf(buildDigestHeader(challenge, { ...base, nc: 1 }));
    expect(params.get('username')).toBe(hex('sha256', 'user:r'));
    expect(params.get('userhash')).toBe('true');
  });

  it('sends a non-ASCII user name as username* (RFC 8187)', () => {
    const challenge = challengeOf('Digest realm="r", nonce="n", qop=auth');
    const header = buildDigestHeader(challenge, { ...base, username: "Jäsøn D'oe", nc: 1 });
    expect(header).toContain(`username*=UTF-8''J%C3%A4s%C3%B8n%20D%27oe,`);
    expect(header).not.toContain('username="');
  });

  it('escapes quotes and backslashes in quoted values', () => {
    const challenge = challengeOf('Digest realm="a \\"b\\" \\\\c", nonce="n", qop=auth');
    expect(challenge.realm).toBe('a "b" \\c');
    const header = buildDigestHeader(challenge, { ...base, username: 'say "hi"', nc: 1 });
    const params = paramsOf(header);
    expect(params.get('realm')).toBe('a "b" \\c');
    expect(params.get('username')).toBe('say "hi"');
  });

  it('makes a fresh 16-hex-digit cnonce for each answer', () => {
    const challenge = challengeOf('Digest realm="r", nonce="n", qop=auth');
    const { cnonce: _cnonce, ...noCnonce } = base;
    const first = paramsOf(buildDigestHeader(challenge, { ...noCnonce, nc: 1 })).get('cnonce');
    const second = paramsOf(buildDigestHeader(challenge, { ...noCnonce, nc: 2 })).get('cnonce');
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(second).not.toBe(first);
  });
});

describe('findDigestChallenge', () => {
  it.each([
    ['qop auth', 'Digest realm="r", nonce="n", qop="auth"', 'auth'],
    ['qop auth offered with auth-int', 'Digest realm="r", nonce="n", qop="auth-int, auth"', 'auth'],
    ['no qop', 'Digest realm="r", nonce="n"', null],
    ['unquoted values and odd spacing', 'digest  realm=r ,nonce = n,qop=auth', 'auth'],
  ])('accepts %s', (_name, header, qop) => {
    expect(findDigestChallenge([header])?.qop).toBe(qop);
  });

  it.each([
    ['auth-int alone', 'Digest realm="r", nonce="n", qop="auth-int"'],
    ['an unknown algorithm', 'Digest realm="r", nonce="n", algorithm=SHA3-256'],
    ['no nonce', 'Digest realm="r", qop="auth"'],
    ['another scheme', 'Basic realm="r"'],
    ['a Digest word in a parameter', 'Basic realm="Digest nonce=n"'],
  ])('refuses %s', (_name, header) => {
    expect(findDigestChallenge([header])).toBeNull();
  });

  it('finds Digest among several challenges in one or several header values', () => {
    const oneLine = findDigestChallenge(['Basic realm="b", Digest realm="d", nonce="n", Bearer']);
    expect(oneLine).toMatchObject({ realm: 'd', nonce: 'n' });
    const lines = findDigestChallenge(['Negotiate abc==', 'Digest realm="d", nonce="m", stale=TRUE']);
    expect(lines).toMatchObject({ nonce: 'm', stale: true });
  });

  it('takes the first Digest challenge it can answer', () => {
    const challenge = findDigestChallenge([
      'Digest realm="d", nonce="a", algorithm=UNKNOWN',
      'Digest realm="d", nonce="b", algorithm=SHA-256',
      'Digest realm="d", nonce="c", algorithm=MD5',
    ]);
    expect(challenge).toMatchObject({ nonce: 'b', algorithmName: 'SHA-256' });
  });

  it('reads algorithm names case-insensitively and echoes them as sent', () => {
    expect(findDigestChallenge(['Digest nonce="n", algorithm=sha-256'])).toMatchObject({
      algorithmName: 'sha-256',
      algorithm: { hash: 'sha256', sess: false },
    });
  });

  it('is safe with hostile parameter names and linear on long input', () => {
    const challenge = parseAuthChallenges(['Digest __proto__="x", constructor=y, nonce=n'])[0]!;
    expect(challenge.params.get('__proto__')).toBe('x');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    const started = performance.now();
    parseAuthChallenges([
      `Digest realm="${'\\"'.repeat(100_000)}`,
      'a=, '.repeat(100_000),
      '"'.repeat(200_000),
    ]);
    expect(performance.now() - started).toBeLessThan(5_000); // linear: ms; quadratic: minutes
  });
});

describe('supportedDigestAlgorithms', () => {
  it('lists every algorithm with its -sess variant on this runtime', () => {
    expect(supportedDigestAlgorithms()).toEqual([
      'MD5',
      'MD5-sess',
      'SHA',
      'SHA-sess',
      'SHA-256',
      'SHA-256-sess',
      'SHA-512',
      'SHA-512-sess',
      'SHA-512-256',
      'SHA-512-256-sess',
    ]);
    expect(digestAlgorithm('WHIRLPOOL')).toBeNull();
  });
});
