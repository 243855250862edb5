/** HTTPBasicAuth: HTTP Basic authentication (RFC 7617), as Requests' `HTTPBasicAuth`. */
import { AuthBase, basicAuthHeader, type PreparedRequest } from '@reqs/core';
import { type RedactedCredentials, redactedJSON, redactedString } from './redacted.js';
import { sameCredentials } from './same-credentials.js';

/**
 * Sends `Authorization: Basic base64(username:password)` with every request. The credentials
 * are encoded as latin-1 when every character fits, else as UTF-8, as Requests does.
 *
 * @example
 * await requests.get('https://httpbin.org/basic-auth/user/pass', { auth: new HTTPBasicAuth('user', 'pass') });
 * // the same as { auth: ['user', 'pass'] }
 */
export class HTTPBasicAuth extends AuthBase {
  readonly username: string;
  readonly password: string;

  constructor(username: string, password: string) {
    super();
    this.username = username;
    this.password = password;
  }

  /** Sets the `Authorization` header. */
  call(r: PreparedRequest): PreparedRequest {
    r.headers.set('Authorization', basicAuthHeader(this.username, this.password));
    return r;
  }

  /**
   * True when `other` is the same kind of auth (same class) with the same username and
   * password. Stricter than Requests, which calls any object with equal fields equal.
   */
  equals(other: unknown): boolean {
    return sameCredentials(this, other);
  }

  /** The username and a masked password: credentials never reach logs or JSON by accident. */
  toJSON(): RedactedCredentials {
    return redactedJSON(this.username);
  }

  /** `HTTPBasicAuth { username: "me", password: "********" }` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return redactedString(this.constructor.name, this.username);
  }
}
