// The README's first third-party auth example, verbatim (tested in third-party-auth.test.ts).
import { createHmac } from 'node:crypto';
import { AuthBase, type PreparedRequest } from '@reqs/core';

/** Signs every request: `Authorization: HMAC <keyId>:<hex HMAC-SHA256 of "METHOD path date">`. */
export class HmacAuth extends AuthBase {
  readonly #keyId: string;
  readonly #secret: string;

  constructor(keyId: string, secret: string) {
    super();
    this.#keyId = keyId;
    this.#secret = secret;
  }

  call(r: PreparedRequest): PreparedRequest {
    const date = new Date().toUTCString();
    const signature = createHmac('sha256', this.#secret)
      .update(`${r.method} ${r.pathUrl} ${date}`)
      .digest('hex');
    r.headers.set('Date', date);
    r.headers.set('Authorization', `HMAC ${this.#keyId}:${signature}`);
    return r; // return the request (or a replacement), as Requests' __call__ does
  }
}
