/** The pre-wired Session of the meta-package: @reqs/session's Session with every default layer. */
import { HTTPAdapter } from '@reqs/adapters';
import { getNetrcAuth } from '@reqs/auth';
import { RequestsCookieJar } from '@reqs/cookies';
import { charsetDetector } from '@reqs/encoding';
import { MultipartEncoder } from '@reqs/multipart';
import { Session as BaseSession, type SessionInit } from '@reqs/session';

// What the file system says about .netrc is reused for 100 ms: a request then costs no system
// calls for it (two `access` calls were ~10 µs, the largest part of a Session's own work),
// while a file created or edited is still seen a moment later.
const NETRC_MAX_AGE = { maxAge: 100 } as const;

function netrcAuth(url: string): [string, string] | null {
  return getNetrcAuth(url, NETRC_MAX_AGE);
}

/**
 * A Session with the defaults Requests users expect: the undici `HTTPAdapter` mounted on
 * `https://` and `http://`, a tough-cookie `RequestsCookieJar`, the streaming multipart
 * encoder, the charset detector of @reqs/encoding, and `.netrc` lookup (the file's presence
 * and contents are checked at most every 100 ms). Every component can be replaced through
 * `init` (or later: `s.cookies = …`, `s.mount(prefix, adapter)`, …).
 *
 * @example
 * await using s = new Session();
 * s.headers.update({ 'x-test': 'true' });
 * await s.get('https://httpbin.org/cookies/set/sessioncookie/123456789');
 * const r = await s.get('https://httpbin.org/cookies'); // { cookies: { sessioncookie: … } }
 */
export class Session extends BaseSession {
  constructor(init: SessionInit = {}) {
    super({
      cookies: new RequestsCookieJar(),
      charsetDetector,
      multipartEncoder: new MultipartEncoder(),
      netrcAuth,
      ...init,
    });
    // One adapter per scheme, as Requests mounts them.
    this.mount('https://', new HTTPAdapter());
    this.mount('http://', new HTTPAdapter());
  }
}
