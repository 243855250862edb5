// What a session does around an adapter, reduced to what auth needs: hooks, then read the body.
import {
  type Adapter,
  type Auth,
  type CookieJar,
  dispatchHook,
  PreparedRequest,
  type PrepareOptions,
  type Response,
  type SendOptions,
} from '@reqs/core';

export const sendOptions: SendOptions = { stream: false, verify: true, proxies: {}, timeout: 5_000 };

/** Prepares a request (method GET unless given) with `auth`. */
export function prepare(url: string, auth: Auth, options: PrepareOptions = {}): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'GET', url, auth, ...options });
}

/**
 * Sends `request`, runs its response hooks (where Digest answers a 401) and reads the body.
 * With `sessionJar`, stores the cookies of every response in it, as a session does.
 */
export async function send(
  adapter: Adapter,
  request: PreparedRequest,
  sessionJar?: CookieJar,
): Promise<Response> {
  const response = await adapter.send(request, sendOptions);
  const final = await dispatchHook(request.hooks, 'response', response, sendOptions);
  await final.read();
  if (sessionJar !== undefined) {
    for (const r of [...final.history, final])
      sessionJar.storeResponseCookies(r.headers.getAll('set-cookie'), r.url);
  }
  return final;
}
