/** sameCredentials: the equality of credential-holding auths. */

/** What equality compares. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** True when `other` is an instance of the same class as `auth` with the same username and password. */
export function sameCredentials(auth: Credentials, other: unknown): boolean {
  if (typeof other !== 'object' || other === null || other.constructor !== auth.constructor) return false;
  const { username, password } = other as Partial<Credentials>;
  return auth.username === username && auth.password === password;
}
