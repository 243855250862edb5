// The session under test: reqs' Session with HTTPAdapter mounted, as the meta-package wires it.
import { HTTPAdapter } from '@reqs/adapters';
import { Session, type SessionInit } from '@reqs/session';

/**
 * A `Session` with an `HTTPAdapter` on `http://` and one on `https://` (as `reqs` mounts them).
 *
 * @example
 * await using s = createSession();
 */
export function createSession(init: SessionInit = {}): Session {
  const session = new Session(init);
  session.mount('http://', new HTTPAdapter());
  session.mount('https://', new HTTPAdapter());
  return session;
}
