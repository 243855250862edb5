/** HTTPDigestAuth: HTTP Digest authentication (RFC 7616), as Requests' `HTTPDigestAuth`. */
import {
  type PreparedRequest,
  type Response,
  type ResponseHook,
  rewindBody,
  type SendOptions,
  UnrewindableBodyError,
} from '@reqs/core';
import { buildDigestHeader } from './build-digest-header.js';
import { CredentialsAuth } from './credentials-auth.js';
import { type DigestChallenge, findDigestChallenge } from './digest-challenge.js';
import { NonceCounter } from './nonce-counter.js';
import { originOf } from './origin-of.js';

/** A 401 body up to this size is read so the connection can be reused; a larger one is dropped. */
const MAX_DRAIN_BYTES = 64 * 1024;

/** The state of one request and the requests made for it (its retry and redirect hops). */
interface ExchangeState {
  /** Requests' `num_401_calls`: 1, or 2 once a challenge was answered. */
  calls: number;
  /** The `Cookie` header the user set on the request, kept on the retry (a redirect drops it). */
  userCookie: string | undefined;
}

/**
 * Answers `WWW-Authenticate: Digest` challenges: the first request goes out without
 * credentials; on a 401 with a Digest challenge the request is sent once more with the answer,
 * and later requests answer the known nonce up front (with `nc` counting up).
 *
 * - Algorithms: MD5, SHA (SHA-1), SHA-256, SHA-512, SHA-512-256 and their `-sess` variants,
 *   where Node's crypto has the hash (without node:crypto — a browser — MD5, SHA and SHA-256,
 *   in plain TypeScript); qop `auth` (also when `auth-int` is offered beside it) or none.
 * - One retry per challenge, never a loop; `stale=true` challenges are answered; redirects
 *   re-arm the retry.
 * - The retry carries the 401's cookies and a rewound body; a stream body that cannot be
 *   rewound throws `UnrewindableBodyError`. A `Cookie` header set by hand is sent as it is
 *   (the 401's cookies still reach the session's jar), as Requests does.
 * - Stricter than Requests: an instance answers only the origin (scheme, host, port) of the
 *   first request it was used on. Use one instance per origin.
 * - Safe for concurrent requests: the retry state is per request, nonce counts per nonce.
 *
 * @example
 * const r = await requests.get('https://httpbin.org/digest-auth/auth/user/pass', {
 *   auth: new HTTPDigestAuth('user', 'pass'),
 * });
 */
export class HTTPDigestAuth extends CredentialsAuth {
  #origin: string | null = null;
  #challenge: DigestChallenge | null = null;
  readonly #nonces = new NonceCounter();
  readonly #hooks = new WeakSet<ResponseHook>();

  /**
   * Adds the answer to the last challenge when one is known for this request's origin, and
   * registers the response hook that answers a 401 (once per request, also across copies).
   * @example
   * // Called by the session for every request it is the auth of; the first request goes without
   * // an Authorization header, the 401's challenge is answered by the hook this registers.
   * await s.get('https://httpbin.org/digest-auth/auth/user/pass', { auth: new HTTPDigestAuth('user', 'pass') });
   */
  call(r: PreparedRequest): PreparedRequest {
    const origin = originOf(r.url);
    this.#origin ??= origin;
    if (this.#challenge !== null && origin !== null && origin === this.#origin) {
      r.headers.set('Authorization', this.#answer(this.#challenge, r));
    }
    if (!r.hooks.response.some((hook) => this.#hooks.has(hook))) {
      const state: ExchangeState = { calls: 1, userCookie: handSetCookie(r) };
      const hook: ResponseHook = (response, options) => this.#handle401(state, response, options);
      this.#hooks.add(hook);
      r.registerHook('response', hook);
    }
    return r;
  }

  /** The response hook: answers one Digest challenge per request, as Requests' `handle_401`. */
  async #handle401(
    state: ExchangeState,
    response: Response,
    options: SendOptions,
  ): Promise<Response | undefined> {
    if (response.statusCode < 400 || response.statusCode >= 500) {
      state.calls = 1; // a success or a redirect: the next hop may answer a challenge again
      return undefined;
    }
    const challenge = this.#challengeOf(response);
    const connection = response.connection;
    if (challenge === null || connection === null || state.calls >= 2) {
      state.calls = 1;
      return undefined;
    }
    state.calls += 1;
    const retry = prepareRetry(response);
    await drain(response);
    carryCookies(response, retry, state.userCookie);
    this.#challenge = challenge;
    retry.headers.set('Authorization', this.#answer(challenge, retry));
    const next = await connection.send(retry, options);
    next.history.push(response);
    next.request = retry;
    if (next.statusCode < 400 || next.statusCode >= 500) state.calls = 1;
    return next;
  }

  /** The Digest challenge of a 401 from our origin that we can answer, else null. */
  #challengeOf(response: Response): DigestChallenge | null {
    if (response.statusCode !== 401 || response.request === undefined) return null;
    const origin = originOf(response.request.url);
    if (origin === null || origin !== this.#origin) return null;
    return findDigestChallenge(response.headers.getAll('www-authenticate'));
  }

  #answer(challenge: DigestChallenge, r: PreparedRequest): string {
    return buildDigestHeader(challenge, {
      username: this.username,
      password: this.password,
      method: r.method,
      uri: r.pathUrl,
      nc: this.#nonces.next(challenge.nonce),
    });
  }
}

/** A copy of the challenged request with its body rewound; closes the 401 when that fails. */
function prepareRetry(response: Response): PreparedRequest {
  const retry = response.request.copy();
  try {
    rewindBody(retry);
  } catch (error) {
    void response.close();
    const { method, url } = retry;
    throw new UnrewindableBodyError(
      `Unable to rewind the body of ${method} ${url} to answer its Digest challenge`,
      {
        request: retry,
        response,
        cause: error,
      },
    );
  }
  return retry;
}

/** Reads a small 401 body so its connection can be reused, and releases the response. */
async function drain(response: Response): Promise<void> {
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  try {
    if (length <= MAX_DRAIN_BYTES) await response.read();
  } catch {
    // The body is not needed; a broken one only means the connection is not reused.
  } finally {
    await response.close();
  }
}

/** The request's `Cookie` header when its jar did not write it (the user set it), else undefined. */
function handSetCookie(r: PreparedRequest): string | undefined {
  const header = r.headers.get('Cookie');
  if (header === undefined || r.cookieJar?.cookieHeaderFor(r.url) === header) return undefined;
  return header;
}

/**
 * Stores the 401's cookies in the retry's jar and writes the retry's `Cookie` header again
 * from it, unless the header is the one the user set: that one is kept, as Requests does.
 */
function carryCookies(response: Response, retry: PreparedRequest, userCookie: string | undefined): void {
  const jar = retry.cookieJar;
  const setCookies = response.headers.getAll('set-cookie');
  if (jar === null || setCookies.length === 0) return;
  jar.storeResponseCookies(setCookies, retry.url);
  if (userCookie !== undefined && retry.headers.get('Cookie') === userCookie) return;
  retry.headers.delete('Cookie');
  retry.prepareCookies(jar);
}
