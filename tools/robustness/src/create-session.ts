// The session under test: the meta-package's Session, with every default layer wired.
import { Session } from 'reqs';

/** What `new Session(init)` of `reqs` accepts. */
export type SessionInit = NonNullable<ConstructorParameters<typeof Session>[0]>;

/**
 * A `reqs` Session exactly as users get it: `HTTPAdapter` on `http://` and `https://`, the
 * tough-cookie jar, `.netrc` lookup, the multipart encoder and the charset detector.
 *
 * @example
 * await using s = createSession();
 */
export function createSession(init: SessionInit = {}): Session {
  return new Session(init);
}
