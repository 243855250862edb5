// A kept-alive connection the server closed while it sat idle (without `Connection: close`):
// the next request written on it meets "other side closed" before any response byte. urllib3
// polls a pooled socket for a drop before reusing it; Node cannot poll a socket synchronously,
// so an idempotent request is sent once more on a fresh connection instead (RFC 9110 §9.2.2).
import type { PreparedBody, PreparedRequest } from '@reqs/core';
import { ConnectionError, Timeout } from '@reqs/core';
import { REFUSED_STREAM_CODE } from './h2-stream.js';

const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);
// …and over HTTP/2, a stream the server refused unprocessed (REFUSED_STREAM, GOAWAY).
const DROPPED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', REFUSED_STREAM_CODE]);

/**
 * Whether `error`, raised before any response byte on a reused connection, may be answered by
 * sending `request` again: an idempotent method, a body that can be sent again as is, and a
 * socket the other side closed or reset (never a timeout or a TLS error).
 */
export function mayResendOnFreshConnection(request: PreparedRequest, error: unknown): boolean {
  if (!IDEMPOTENT.has(request.method) || !isResendable(request.body)) return false;
  if (!(error instanceof ConnectionError) || error instanceof Timeout) return false;
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && DROPPED.has(code);
}

function isResendable(body: PreparedBody): boolean {
  return body === null || typeof body === 'string' || body instanceof Uint8Array || body instanceof Blob;
}
