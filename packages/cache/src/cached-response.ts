/** Responses the cache answers with: a stored one replayed, or `504` for `only-if-cached`. */
import { type CacheStatus, CaseInsensitiveDict, type PreparedRequest, Response } from '@reqs/core';
import type { StoredResponse } from './cache-store.js';

const EMPTY = new Uint8Array(0);

/**
 * A normal `Response` from a stored one: its own copy of the body (so a caller changing
 * `content` cannot change the cache), an `Age` header in whole seconds (RFC 9111 §4: a MUST),
 * no body for HEAD.
 */
export function cachedResponse(
  stored: StoredResponse,
  request: PreparedRequest,
  status: CacheStatus,
  ageMs: number,
): Response {
  const response = new Response();
  response.statusCode = stored.status;
  response.reason = stored.reason;
  response.url = request.url;
  response.request = request;
  const headers = new CaseInsensitiveDict<string>();
  for (const [name, value] of stored.headers) headers.append(name, value);
  headers.set('Age', String(Math.floor(ageMs / 1000)));
  response.headers = headers;
  response.content = request.method === 'HEAD' ? EMPTY : stored.body.slice();
  response.fromCache = true;
  response.cacheStatus = status;
  return response;
}

/** `504 Gateway Timeout`: `only-if-cached` and nothing usable stored (RFC 9111 §5.2.1.7). */
export function gatewayTimeout(request: PreparedRequest): Response {
  const response = new Response();
  response.statusCode = 504;
  response.reason = 'Gateway Timeout';
  response.url = request.url;
  response.request = request;
  response.content = EMPTY;
  response.cacheStatus = 'miss';
  return response;
}
