// The README's second third-party auth example, verbatim (tested in third-party-auth.test.ts).
import { AuthBase, type PreparedRequest, type Response, rewindBody, type SendOptions } from '@reqs/core';

/** Sends a bearer token; on a 401 from its origin it gets a fresh token and retries once. */
export class RefreshingTokenAuth extends AuthBase {
  readonly #getToken: () => Promise<string>;
  #token: string | null = null;
  #origin: string | null = null;

  constructor(getToken: () => Promise<string>) {
    super();
    this.#getToken = getToken;
  }

  call(r: PreparedRequest): PreparedRequest {
    this.#origin ??= new URL(r.url).origin;
    if (this.#token !== null) r.headers.set('Authorization', `Bearer ${this.#token}`);
    let retried = false; // one retry per request: never loop on a server that keeps saying 401
    r.registerHook('response', async (response: Response, options: SendOptions) => {
      const fromOurOrigin = new URL(response.request.url).origin === this.#origin;
      if (response.statusCode !== 401 || retried || !fromOurOrigin || response.connection === null) return;
      retried = true;
      this.#token = await this.#getToken();
      const retry = response.request.copy();
      rewindBody(retry); // throws UnrewindableBodyError for a one-shot stream body
      await response.close(); // release the 401's connection
      retry.headers.set('Authorization', `Bearer ${this.#token}`);
      const next = await response.connection.send(retry, options);
      next.history.push(response);
      return next; // a returned response replaces the one the caller gets
    });
    return r;
  }
}
