// Which of urllib3's retry counters an error consumes.
import {
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  ProxyError,
  ReadTimeout,
  SSLError,
} from '@reqs/core';

/**
 * - `connect`: the request surely did not reach the server (connect timeout, refused, DNS,
 *   proxy unreachable) — urllib3's `ConnectTimeoutError`/`NewConnectionError`;
 * - `read`: the request was sent, the answer failed (read timeout, reset, truncated body) —
 *   urllib3's `ReadTimeoutError`/`ProtocolError`;
 * - `other`: anything else (TLS failures, unexpected errors).
 */
export type RetryErrorKind = 'connect' | 'read' | 'other';

// Codes of failures before a single byte of the request went out.
const CONNECT_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'EAI_NONAME',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EHOSTDOWN',
  'ENETDOWN',
  'EADDRNOTAVAIL',
  'ENOENT',
  'ECONNABORTED',
]);

function causeCode(error: Error): string | undefined {
  const cause = error.cause;
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string'
    ? cause.code
    : undefined;
}

/** Classifies `error` for {@link Retry.increment}. */
export function retryErrorKind(error: unknown): RetryErrorKind {
  // Order matters: ConnectTimeout is a ConnectionError, ProxyError and SSLError are too.
  if (error instanceof ConnectTimeout) return 'connect';
  if (error instanceof SSLError) return 'other';
  // A proxy that could not be reached counts as a connect failure; one that answered badly (407, 502) does not.
  if (error instanceof ProxyError) {
    const code = causeCode(error);
    return error.cause instanceof ConnectTimeout || (code !== undefined && CONNECT_CODES.has(code))
      ? 'connect'
      : 'other';
  }
  if (error instanceof ConnectionError) {
    const code = causeCode(error);
    return code !== undefined && CONNECT_CODES.has(code) ? 'connect' : 'read';
  }
  if (error instanceof ReadTimeout || error instanceof ChunkedEncodingError) return 'read';
  return 'other';
}
