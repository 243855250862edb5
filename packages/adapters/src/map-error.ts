// Transport failures (undici, net, tls) as the errors of docs/reference/errors.md, by the phase they hit.
import {
  ChunkedEncodingError,
  ConnectionError,
  InvalidHeader,
  type PreparedRequest,
  ReadTimeout,
  RequestException,
  type Response,
  redactUrl,
  SSLError,
} from '@reqs/core';

/** Where the exchange was: sending and waiting for headers, or reading the body. */
export type Phase = 'headers' | 'body';

// OpenSSL and Node TLS failures: verification, handshake, configuration.
const TLS_CODE =
  /^(ERR_TLS_|ERR_SSL_|ERR_OSSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_|HOSTNAME_MISMATCH|EPROTO$)/;

function codeOf(error: unknown): string {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' ? code : '';
}

/** True for TLS failures (certificate checks, handshake, bad key). */
export function isTlsError(error: unknown): boolean {
  return TLS_CODE.test(codeOf(error)) || (error instanceof Error && 'library' in error && 'reason' in error);
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = codeOf(error);
  return code && !error.message.includes(code) ? `${error.message} (${code})` : error.message;
}

/**
 * Maps `error` to a reqs error. Errors that already are reqs errors (the connector's, the
 * timers', a user's body stream's) get `request` attached and pass as they are.
 */
export function mapError(
  error: unknown,
  phase: Phase,
  request: PreparedRequest,
  response: Response | null,
  readTimeout: number | null,
): Error {
  if (error instanceof RequestException) {
    error.request ??= request;
    return error;
  }
  const where = `(${request.method} ${redactUrl(request.url)})`;
  const options = { request, response, cause: error };
  const code = codeOf(error);
  if (code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT') {
    return new ReadTimeout(`Read timed out. (read timeout=${readTimeout} ms) ${where}`, options);
  }
  if (isTlsError(error)) return new SSLError(`TLS error: ${describe(error)} ${where}`, options);
  if (
    code === 'UND_ERR_INVALID_ARG' ||
    code === 'UND_ERR_NOT_SUPPORTED' ||
    code === 'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH'
  ) {
    return new InvalidHeader(`Invalid request: ${describe(error)} ${where}`, options);
  }
  if (phase === 'headers' && code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') {
    // Before any header reached us, undici reports a response head its parser refused after a
    // Content-Length as a "length mismatch": a Content-Length sent twice (`5` and `6`, or even
    // `5` twice), one next to Transfer-Encoding, or a later header line it cannot parse.
    // urllib3 raises InvalidHeader for unmatching values ("Content-Length contained multiple
    // unmatching values"); so do we, for all of these (the head is refused either way).
    return new InvalidHeader(
      `Invalid response header: a conflicting Content-Length (sent twice, with unmatching values, or with Transfer-Encoding) or a malformed header line after it ${where}`,
      options,
    );
  }
  if (phase === 'body') {
    // As Requests: any break once the body started (early close, reset, short
    // Content-Length, bad chunk framing) is an incomplete body.
    return new ChunkedEncodingError(
      `Connection broken: incomplete body: ${describe(error)} ${where}`,
      options,
    );
  }
  return new ConnectionError(`Connection aborted: ${describe(error)} ${where}`, options);
}
