/** The code under test: a tiny GitHub client on a reqs Session. */
import type { Session } from '@reqs/session';

/** What the client returns for a user. */
export interface GitHubUser {
  readonly login: string;
  readonly name: string | null;
}

/**
 * The GitHub user `login`, through `session` (whatever transport it has mounted).
 * @throws HTTPError for a 4xx/5xx answer.
 */
export async function fetchUser(session: Session, login: string): Promise<GitHubUser> {
  const r = await session.get(`https://api.github.com/users/${encodeURIComponent(login)}`, {
    headers: { Accept: 'application/vnd.github+json' },
  });
  r.raiseForStatus();
  const { name } = r.json<{ name: string | null }>();
  return { login, name };
}
