/** The module-level verbs — `requests.get(url)` and friends — each on a fresh Session (Requests' api.py). */
import type { Response } from '@reqs/core';
import type { RequestOptions } from '@reqs/session';
import { Session } from './session.js';

/**
 * Runs `call` on a new Session and closes it when the response no longer needs it.
 *
 * Why close at all: a session keeps its connections alive in a pool for the next request. A
 * module-level call has no next request, so without the close its socket would stay open
 * until the server's idle timeout — keeping the process alive after the script is done, and
 * piling up sockets in a loop of calls, which looks like a leak (Requests' api.py uses
 * `with sessions.Session()` for the same reason).
 *
 * With `stream: true` the body is still on the wire when the response is returned, so the
 * session is closed without waiting: HTTPAdapter closes idle connections at once and a busy
 * one when its body is consumed or the response is closed.
 */
async function withSession(
  options: RequestOptions | undefined,
  call: (session: Session) => Promise<Response>,
): Promise<Response> {
  const session = new Session();
  let response: Response;
  try {
    response = await call(session);
  } catch (error) {
    await session.close().catch(() => {});
    throw error;
  }
  if (options?.stream === true) void session.close().catch(() => {});
  else await session.close();
  return response;
}

/**
 * Sends a request with any method on a fresh Session.
 * @throws RequestException (or a subclass) for invalid input and transport failures.
 * @example const r = await requests.request('MKCOL', url, { data });
 */
export function request(method: string, url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.request(method, url, options));
}

/**
 * Sends a GET request.
 * @example const r = await requests.get('https://httpbin.org/get', { params: { key: 'value' } });
 */
export function get(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.get(url, options));
}

/**
 * Sends an OPTIONS request.
 * @example (await requests.options(url)).headers.allow;
 */
export function options(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.options(url, options));
}

/**
 * Sends a HEAD request; redirects are not followed unless `allowRedirects: true`.
 * @example (await requests.head(url)).headers['content-length'];
 */
export function head(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.head(url, options));
}

/**
 * Sends a POST request.
 * @example await requests.post('https://httpbin.org/post', { json: { some: 'data' } });
 */
export function post(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.post(url, options));
}

/**
 * Sends a PUT request.
 * @example await requests.put('https://httpbin.org/put', { data: { key: 'value' } });
 */
export function put(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.put(url, options));
}

/**
 * Sends a PATCH request.
 * @example await requests.patch(url, { json: { body: 'edited' }, auth: ['user', 'pass'] });
 */
export function patch(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.patch(url, options));
}

/**
 * Sends a DELETE request (exported as `delete`).
 * @example await requests.delete('https://httpbin.org/delete');
 */
export function del(url: string | URL, options?: RequestOptions): Promise<Response> {
  return withSession(options, (s) => s.delete(url, options));
}
