/** A Session from the three packages of a minimal install, wired by hand (docs/reference/layers.md). */
import { HTTPAdapter } from '@reqs/adapters';
import { Session } from '@reqs/session';

/**
 * A session with the undici transport mounted on `http://` and `https://` — what the `reqs`
 * meta-package does, minus the layers not installed here: no multipart encoder (`files`
 * fails with an error naming `@reqs/multipart`), core's UTF-8-or-Windows-1252 charset
 * fallback instead of `@reqs/encoding`, no `.netrc` lookup (that is `@reqs/auth`).
 *
 * @example
 * await using s = createSession();
 * const r = await s.get('https://example.org/');
 */
export function createSession(): Session {
  const session = new Session();
  session.mount('https://', new HTTPAdapter());
  session.mount('http://', new HTTPAdapter());
  return session;
}
