/** CredentialsAuth: what auths holding a username and password share (equality, redaction). */
import { AuthBase } from '@reqs/core';

/** The fields `JSON.stringify` shows of an auth: the username, never the password. */
export interface RedactedCredentials {
  readonly username: string;
  readonly password: '********';
}

/**
 * The base of HTTPBasicAuth and HTTPDigestAuth: the credentials, equality, and a password that
 * never reaches logs or JSON by accident.
 */
export abstract class CredentialsAuth extends AuthBase {
  readonly username: string;
  readonly password: string;

  constructor(username: string, password: string) {
    super();
    this.username = username;
    this.password = password;
  }

  /**
   * True when `other` is the same kind of auth (same class) with the same username and
   * password. Stricter than Requests, which calls any object with equal fields equal.
   */
  equals(other: unknown): boolean {
    if (typeof other !== 'object' || other === null || other.constructor !== this.constructor) return false;
    const { username, password } = other as Partial<CredentialsAuth>;
    return this.username === username && this.password === password;
  }

  /** The username and a masked password. */
  toJSON(): RedactedCredentials {
    return { username: this.username, password: '********' };
  }

  /** `HTTPBasicAuth { username: "me", password: "********" }` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `${this.constructor.name} { username: ${JSON.stringify(this.username)}, password: "********" }`;
  }
}
