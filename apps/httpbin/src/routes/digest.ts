/**
 * `/digest-auth/{qop}/{user}/{passwd}[/{algorithm}[/{stale_after}]]`, with httpbin's cookie protocol:
 * every challenge sets `stale_after=<route value>` and `fake=fake_value`; each success counts
 * `stale_after` down, and when it reaches `0` (or a nonce is reused after a failure) the next
 * request gets a `stale=TRUE` challenge. `?require-cookie=true` insists the client sends cookies back.
 * Beyond httpbin: `?userhash=true` announces `userhash=true`, and `username*` (RFC 8187) is understood.
 */
import { setCookie } from '../cookie-header.js';
import {
  type ChallengeSpec,
  checkDigest,
  DIGEST_ALGORITHMS,
  digestChallenge,
  parseDigest,
} from '../digest.js';
import type { Exchange } from '../exchange.js';
import { send, sendJson } from '../reply.js';
import { type Route, route } from '../router.js';

interface Setup extends ChallengeSpec {
  staleAfter: string;
}

const truthy = (value: string | null) => ['1', 't', 'true'].includes((value ?? '').toLowerCase());

function setupOf(ex: Exchange): Setup {
  const { qop = '', algorithm = 'MD5', stale_after: staleAfter = 'never' } = ex.params;
  return {
    qops: qop === 'auth' || qop === 'auth-int' ? [qop] : ['auth', 'auth-int'],
    algorithm: DIGEST_ALGORITHMS.includes(algorithm) ? algorithm : 'MD5',
    staleAfter,
    userhash: truthy(ex.query.get('userhash')),
  };
}

function challenge(ex: Exchange, setup: Setup, stale: boolean, cookies: string[]): void {
  send(ex.res, 401, '', {
    'Content-Type': 'text/html; charset=utf-8',
    'WWW-Authenticate': digestChallenge(setup, stale, ex.origin),
    'Set-Cookie': [setCookie('stale_after', setup.staleAfter), ...cookies, setCookie('fake', 'fake_value')],
  });
}

// httpbin's next_stale_after_value: count down numbers, anything else stays 'never'.
function nextStaleAfter(value: string): string {
  return /^-?\d+$/.test(value.trim()) ? String(Number.parseInt(value, 10) - 1) : 'never';
}

async function digestAuth(ex: Exchange): Promise<void> {
  const setup = setupOf(ex);
  const requireCookie = truthy(ex.query.get('require-cookie'));
  const credentials = parseDigest(ex.header('authorization'));
  const cookies = ex.cookies();
  if (!credentials || (requireCookie && ex.header('cookie') === undefined))
    return challenge(ex, setup, false, []);
  if (requireCookie && cookies.get('fake') !== 'fake_value') {
    const body = { errors: ['missing cookie set on challenge'] };
    return sendJson(ex.res, body, 403, { 'Set-Cookie': setCookie('fake', 'fake_value') });
  }
  const nonce = credentials.get('nonce')!;
  const lastNonce = [setCookie('last_nonce', nonce)];
  const staleAfter = cookies.get('stale_after');
  if (cookies.get('last_nonce') === nonce || staleAfter === '0') return challenge(ex, setup, true, lastNonce);
  const check = {
    credentials,
    username: ex.params.user!,
    password: ex.params.passwd!,
    algorithm: setup.algorithm,
  };
  const request = { method: ex.method, uri: ex.target, body: await ex.rawBody() };
  if (!checkDigest({ ...check, ...request }, setup.qops)) return challenge(ex, setup, false, lastNonce);
  const setCookies = [setCookie('fake', 'fake_value')];
  if (staleAfter) setCookies.push(setCookie('stale_after', nextStaleAfter(staleAfter)));
  sendJson(ex.res, { authenticated: true, user: ex.params.user }, 200, { 'Set-Cookie': setCookies });
}

// httpbin answers GET only; other methods are accepted too so clients can test auth-int with a body.
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The Digest routes. */
export const digestRoutes: Route[] = [
  route(METHODS, '/digest-auth/{qop}/{user}/{passwd}', digestAuth),
  route(METHODS, '/digest-auth/{qop}/{user}/{passwd}/{algorithm}', digestAuth),
  route(METHODS, '/digest-auth/{qop}/{user}/{passwd}/{algorithm}/{stale_after}', digestAuth),
];
