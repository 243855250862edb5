// One exchange as one stream of our HTTP/2 session, driving the same handler protocol undici's dispatch drives.
import type {
  ClientHttp2Session,
  ClientHttp2Stream,
  IncomingHttpHeaders,
  OutgoingHttpHeaders,
} from 'node:http2';
import { constants } from 'node:http2';
import { Readable } from 'node:stream';
import type { DispatchBody } from './request-body.js';

/** What an exchange answers to (undici's dispatch-handler protocol, as Exchange implements it). */
export interface StreamHandler {
  onConnect(abort: (error?: Error) => void): void;
  onHeaders(
    statusCode: number,
    rawHeaders: Array<Buffer | string>,
    resume: () => void,
    statusText: string,
  ): boolean;
  onData(chunk: Buffer): boolean;
  onRequestSent(): void;
  onComplete(): void;
  onError(error: Error): void;
}

/** One request to send: undici's dispatch options, the fields we use. */
export interface StreamRequest {
  method: string;
  path: string;
  /** Flat `[name, value, …]` list, names in any case. */
  headers: string[];
  body: DispatchBody;
}

/** A stream that closed before its response was complete (reset by the server, or its session gone). */
export class StreamClosedError extends Error {
  readonly code: string = 'ERR_HTTP2_STREAM_CLOSED';
}

/**
 * A request the server did not process (RST_STREAM REFUSED_STREAM, or a session that received
 * GOAWAY): it may be sent again on another connection (RFC 9113 §8.7).
 */
export class StreamRefusedError extends StreamClosedError {
  override readonly code = REFUSED_STREAM_CODE;
}

/** The `code` of {@link StreamRefusedError}. */
export const REFUSED_STREAM_CODE = 'ERR_HTTP2_REFUSED_STREAM';

/** Errors of requests that never reached the server's processing. */
const UNPROCESSED = new Set(['ERR_HTTP2_GOAWAY_SESSION', 'ERR_HTTP2_INVALID_SESSION']);

/**
 * The request's headers as HTTP/2 wants them: lower-case names, `Host` as `:authority`,
 * repeated fields joined (`Cookie` with `; `, RFC 9113 §8.2.3).
 */
function h2Headers(request: StreamRequest): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = { ':method': request.method, ':path': request.path };
  const list = request.headers;
  for (let i = 0; i < list.length; i += 2) {
    let name = list[i]!.toLowerCase();
    const value = list[i + 1]!;
    if (name === 'host') name = ':authority';
    const existing = headers[name];
    if (existing === undefined) headers[name] = value;
    else headers[name] = `${existing as string}${name === 'cookie' ? '; ' : ', '}${value}`;
  }
  return headers;
}

/** The response's headers as a flat `[name, value, …]` list (pseudo-headers left out). */
function flatHeaders(headers: IncomingHttpHeaders): string[] {
  const flat: string[] = [];
  for (const name in headers) {
    if (name.charCodeAt(0) === 58 /* ':' */) continue;
    const value = headers[name];
    if (value === undefined) continue;
    if (typeof value === 'string') flat.push(name, value);
    else for (const one of value) flat.push(name, one);
  }
  return flat;
}

/**
 * Sends `request` as a stream of `session` and reports to `handler` as undici would:
 * `onConnect(abort)` first, `onHeaders` at the final response head, `onData` per chunk
 * (false pauses the stream until `resume`), then `onComplete` or `onError` — exactly one of
 * them. `abort` resets the stream (CANCEL) and ends with `onError`; the session goes on.
 */
export function sendOnStream(
  session: ClientHttp2Session,
  request: StreamRequest,
  handler: StreamHandler,
  onClose: () => void,
): void {
  new StreamExchange(session, request, handler, onClose);
}

class StreamExchange {
  readonly #handler: StreamHandler;
  readonly #body: DispatchBody;
  readonly #onClose: () => void;
  #stream: ClientHttp2Stream | null = null;
  #settled = false;
  #responded = false;

  constructor(
    session: ClientHttp2Session,
    request: StreamRequest,
    handler: StreamHandler,
    onClose: () => void,
  ) {
    this.#handler = handler;
    this.#body = request.body;
    this.#onClose = onClose;
    handler.onConnect((error) => this.#abort(error ?? new StreamClosedError('The request was aborted')));
    if (this.#settled) {
      onClose();
      return;
    }
    const body = request.body;
    let stream: ClientHttp2Stream;
    try {
      stream = session.request(h2Headers(request), { endStream: body === null });
    } catch (error) {
      this.#settle(this.#unprocessed(error as Error));
      onClose();
      return;
    }
    this.#stream = stream;
    stream.once('response', (headers) => this.#onResponse(headers));
    stream.on('data', (chunk: Buffer) => {
      if (!this.#settled && !this.#handler.onData(chunk)) stream.pause();
    });
    stream.once('end', () => this.#onEnd());
    stream.once('error', (error: Error) => this.#settle(this.#unprocessed(error)));
    stream.once('close', () => this.#onStreamClose());
    this.#sendBody(stream, body);
  }

  #sendBody(stream: ClientHttp2Stream, body: DispatchBody): void {
    if (body === null) {
      this.#handler.onRequestSent();
      return;
    }
    if (!(body instanceof Readable)) {
      stream.end(body, () => this.#handler.onRequestSent());
      return;
    }
    body.once('error', (error) => this.#abort(error));
    body.once('end', () => {
      if (!this.#settled) this.#handler.onRequestSent();
    });
    body.pipe(stream);
  }

  #onResponse(headers: IncomingHttpHeaders): void {
    if (this.#settled) return;
    this.#responded = true;
    const stream = this.#stream!;
    const status = Number(headers[':status']);
    if (!this.#handler.onHeaders(status, flatHeaders(headers), () => stream.resume(), '')) stream.pause();
  }

  #onEnd(): void {
    if (this.#settled) return;
    if (!this.#responded) {
      this.#settle(new StreamClosedError('HTTP/2 stream ended without a response'));
      return;
    }
    this.#settled = true;
    // The server answered before taking the whole upload (a 413, say): the rest is not sent.
    const body = this.#body;
    if (body instanceof Readable && !body.readableEnded) {
      body.unpipe();
      body.destroy();
    }
    this.#handler.onComplete();
  }

  #onStreamClose(): void {
    if (!this.#settled) {
      const code = this.#stream?.rstCode ?? 0;
      const closed = new StreamClosedError(
        `HTTP/2 stream closed before the response was complete (RST_STREAM code ${code})`,
      );
      this.#settle(this.#unprocessed(closed));
    }
    this.#onClose();
  }

  /** `error`, or a StreamRefusedError when the server never processed the request. */
  #unprocessed(error: Error): Error {
    if (this.#responded) return error;
    const refused =
      this.#stream?.rstCode === constants.NGHTTP2_REFUSED_STREAM ||
      UNPROCESSED.has((error as { code?: unknown }).code as string);
    if (!refused) return error;
    return new StreamRefusedError(`The server did not process the request: ${error.message}`, {
      cause: error,
    });
  }

  /** Our side gives up (timeout, abort signal, body no longer wanted, a failing upload). */
  #abort(error: Error): void {
    if (this.#settled) return;
    this.#settle(error);
    const stream = this.#stream;
    if (stream !== null && !stream.closed) stream.close(constants.NGHTTP2_CANCEL);
  }

  #settle(error: Error): void {
    if (this.#settled) return;
    this.#settled = true;
    const body = this.#body;
    if (body instanceof Readable && !body.destroyed) {
      body.unpipe();
      body.destroy();
    }
    this.#handler.onError(error);
  }
}
