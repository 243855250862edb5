/** The pre-wired Session of the meta-package: @reqs/session's Session with every default layer. */
import { HTTPAdapter, Retry } from '@reqs/adapters';
import { getNetrcAuth } from '@reqs/auth';
import { RequestsCookieJar } from '@reqs/cookies';
import { invalidOption } from '@reqs/core';
import { charsetDetector } from '@reqs/encoding';
import { MultipartEncoder } from '@reqs/multipart';
import { Session as BaseSession, type SessionInit as BaseSessionInit } from '@reqs/session';

// What the file system says about .netrc is reused for 100 ms: a request then costs no system
// calls for it (two `access` calls were ~10 µs, the largest part of a Session's own work),
// while a file created or edited is still seen a moment later.
const NETRC_MAX_AGE = { maxAge: 100 } as const;

function netrcAuth(url: string): [string, string] | null {
  return getNetrcAuth(url, NETRC_MAX_AGE);
}

/**
 * What `new Session(init)` of reqs accepts: @reqs/session's settings and components, and `retries`.
 * @example
 * const init: SessionInit = { baseUrl: 'https://api.example.org/v1/', headers: { Accept: 'application/json' }, timeout: 10_000, retries: 2 };
 * await using s = new Session(init);
 * await s.get('users'); // https://api.example.org/v1/users
 */
export interface SessionInit extends BaseSessionInit {
  /**
   * Retries of the default adapters (Requests 0.x's `config['max_retries']`): a number (that
   * many retries on connection errors, none on read errors, as Requests' `max_retries`) or a
   * {@link Retry}.
   */
  retries?: number | Retry | null | undefined;
}

/**
 * A Session with the defaults Requests users expect: the undici `HTTPAdapter` mounted on
 * `https://` and `http://`, a tough-cookie `RequestsCookieJar`, the streaming multipart
 * encoder, the charset detector of @reqs/encoding, and `.netrc` lookup (the file's presence
 * and contents are checked at most every 100 ms). Every setting and component can be given
 * through `init` (or later: `s.cookies = …`, `s.mount(prefix, adapter)`, …).
 *
 * @throws TypeError for an unknown option or a value of the wrong type.
 * @example
 * await using s = new Session({ headers: { 'x-test': 'true' }, retries: 3 });
 * await s.get('https://httpbin.org/cookies/set/sessioncookie/123456789');
 * const r = await s.get('https://httpbin.org/cookies'); // { cookies: { sessioncookie: … } }
 */
export class Session extends BaseSession {
  /**
   * A session with the default layers, and `init`'s settings and components over them.
   * @param init the settings of @reqs/session's `new Session(init)`, and `retries`.
   * @throws TypeError for an unknown option or a value of the wrong type.
   * @example
   * await using s = new Session({ baseUrl: 'https://httpbin.org/', auth: ['user', 'pass'], retries: new Retry({ total: 3, backoffFactor: 250 }) });
   * const r = await s.get('basic-auth/user/pass');
   */
  constructor(init: SessionInit = {}) {
    const { retries, ...rest } = init ?? {};
    const maxRetries = checkRetries(retries);
    super({
      cookies: new RequestsCookieJar(),
      charsetDetector,
      multipartEncoder: new MultipartEncoder(),
      netrcAuth,
      ...rest,
    });
    // One adapter per scheme, as Requests mounts them.
    const options = maxRetries === null ? {} : { maxRetries };
    this.mount('https://', new HTTPAdapter(options));
    this.mount('http://', new HTTPAdapter(options));
  }
}

/**
 * A new pre-wired {@link Session} (Requests' `requests.session()`), with `init` as
 * `new Session(init)` takes it.
 *
 * @example
 * const s = requests.session({ auth: ['user', 'pass'], retries: 2 });
 * try { await s.get(url); } finally { await s.close(); }
 */
export function session(init?: SessionInit): Session {
  return new Session(init);
}

function checkRetries(retries: unknown): number | Retry | null {
  if (retries == null) return null;
  if (retries instanceof Retry) return retries;
  if (Number.isInteger(retries) && (retries as number) >= 0) return retries as number;
  throw invalidOption('retries', 'an integer ≥ 0 or a Retry', retries);
}
