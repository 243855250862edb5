/** The method after a redirect (Requests' rebuild_method). */
import type { PreparedRequest, Response } from '@reqs/core';

/**
 * Changes `prepared.method` as browsers (and Requests) do for the redirect `response`:
 * - 303 See Other: every method but HEAD becomes GET (RFC 9110 §15.4.4);
 * - 302 Found: every method but HEAD becomes GET (what browsers do, despite the RFC);
 * - 301 Moved Permanently: POST becomes GET (Requests issue 1704);
 * - 307 and 308 keep the method.
 *
 * @example
 * rebuildMethod(prepared, response); // POST + 302 → GET
 */
export function rebuildMethod(prepared: PreparedRequest, response: Response): void {
  const status = response.statusCode;
  let method = prepared.method;
  if ((status === 303 || status === 302) && method !== 'HEAD') method = 'GET';
  if (status === 301 && method === 'POST') method = 'GET';
  prepared.method = method;
}
