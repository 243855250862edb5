/** The pre-wired Session of the meta-package: @reqs/session's Session with every default layer. */
import { HTTPAdapter } from '@reqs/adapters';
import { getNetrcAuth } from '@reqs/auth';
import { RequestsCookieJar } from '@reqs/cookies';
import { charsetDetector } from '@reqs/encoding';
import { MultipartEncoder } from '@reqs/multipart';
import { Session as BaseSession, type SessionInit } from '@reqs/session';

/**
 * A Session with the defaults Requests users expect: the undici `HTTPAdapter` mounted on
 * `https://` and `http://`, a tough-cookie `RequestsCookieJar`, the streaming multipart
 * encoder, the charset detector of @reqs/encoding, and `.netrc` lookup. Every component can
 * be replaced through `init` (or later: `s.cookies = …`, `s.mount(prefix, adapter)`, …).
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
      netrcAuth: getNetrcAuth,
      ...init,
    });
    // One adapter per scheme, as Requests mounts them.
    this.mount('https://', new HTTPAdapter());
    this.mount('http://', new HTTPAdapter());
  }
}
