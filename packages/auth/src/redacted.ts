/** redacted: how credential-holding auths show themselves in logs and JSON, without the password. */

/** The fields `JSON.stringify` shows of an auth: the username, never the password. */
export interface RedactedCredentials {
  readonly username: string;
  readonly password: '********';
}

/** `{ username, password: '********' }` */
export function redactedJSON(username: string): RedactedCredentials {
  return { username, password: '********' };
}

/** `HTTPBasicAuth { username: "me", password: "********" }`, for `util.inspect` and `console.log`. */
export function redactedString(className: string, username: string): string {
  return `${className} { username: ${JSON.stringify(username)}, password: "********" }`;
}
