// One request/response exchange on one connection: undici's dispatch handler that builds the Response.

import { STATUS_CODES } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import {
  type Adapter,
  CaseInsensitiveDict,
  ConnectTimeout,
  type PreparedRequest,
  ReadTimeout,
  type ResolvedTimeout,
  Response,
  type ResponseTimings,
  redactUrl,
} from '@reqs/core';
import { type BodySource, BodyStream } from './body-stream.js';
import type { Connection, ConnectionPool } from './connection-pool.js';
import { contentCodings } from './decoding/decode-body.js';
import { LazyDecodedBody } from './decoding/lazy-decoded-body.js';
import { fillHeaders } from './fill-headers.js';
import { mapError, type Phase } from './map-error.js';
import { ReadTicker, type TickTarget } from './read-ticker.js';
import type { DispatchBody } from './request-body.js';

// Read inactivity (before the headers and in the body) is checked in eighths of the read
// timeout (every millisecond for a timeout under 8 ms): it fires after between 1 and 1.125
// times the timeout of silence, never earlier.
const CHECKS_PER_TIMEOUT = 8;

/** Statuses (and HEAD) that carry no body whatever the headers say. */
function hasNoBody(method: string, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304;
}

// A Content-Length undici accepted: one value, digits only (a repeated header reads "5, 5").
const DIGITS = /^\d+$/;

function onDeadline(exchange: Exchange): void {
  exchange.deadlineReached();
}

/**
 * Drives one exchange: undici calls `onConnect`, `onHeaders`, `onData`, `onComplete` or
 * `onError` (its handler protocol with raw header bytes, so names keep their case and values
 * are latin-1); `promise` resolves with the Response at the headers. Owns the read-timeout
 * checks (on its connection's ticker, header phase and body), the total deadline and the abort
 * signal, and gives the connection back to its pool when the exchange is over.
 */
export class Exchange implements BodySource, TickTarget {
  readonly promise: Promise<Response>;
  #resolve!: (response: Response) => void;
  #reject!: (error: Error) => void;
  readonly #adapter: Adapter;
  readonly #request: PreparedRequest;
  readonly #pool: ConnectionPool;
  readonly #connection: Connection;
  readonly #timeouts: ResolvedTimeout;
  readonly #signal: AbortSignal | undefined;
  readonly #requestBody: DispatchBody;
  readonly #started = performance.now();
  #socketAt: number | undefined = undefined;
  #uploadAt: number | undefined = undefined;
  #phase: Phase | 'connect' = 'connect';
  #abort: ((error?: Error) => void) | null = null;
  #resume: (() => void) | null = null;
  #response: Response | null = null;
  #body: BodyStream | null = null;
  // Read inactivity is checked by the connection's ticker (one native timer re-armed per
  // exchange; undici's own timeouts are a coarse ~1 s): before the headers any byte read or
  // written on the socket counts as activity, in the body each chunk; while the reader holds
  // the body paused, silence does not count.
  #ticking = false;
  #ticker: ReadTicker | null = null;
  #quietChecks = 0;
  #checksPerTimeout = CHECKS_PER_TIMEOUT;
  #seenBytes = 0;
  #bodyActive = false;
  #bodyPaused = false;
  #deadline: NodeJS.Timeout | null = null;
  #failure: Error | null = null;
  #done = false;

  constructor(
    adapter: Adapter,
    request: PreparedRequest,
    pool: ConnectionPool,
    connection: Connection,
    timeouts: ResolvedTimeout,
    signal: AbortSignal | undefined,
    requestBody: DispatchBody = null,
  ) {
    this.#adapter = adapter;
    this.#request = request;
    this.#pool = pool;
    this.#connection = connection;
    this.#timeouts = timeouts;
    this.#signal = signal;
    this.#requestBody = requestBody;
    this.promise = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    if (timeouts.total !== null) this.#deadline = setTimeout(onDeadline, timeouts.total, this);
    signal?.addEventListener('abort', this);
  }

  /** The abort signal fired (EventListener protocol: no closure per exchange). */
  handleEvent(): void {
    this.#fail(this.#signal!.reason);
  }

  onConnect(abort: (error?: Error) => void): void {
    this.#abort = abort;
    this.#socketAt = performance.now() - this.#started;
    this.#phase = 'headers';
    // Failed while connecting (abort, deadline): the request must not go out now.
    if (this.#failure === null && this.#signal?.aborted) this.#failure = this.#signal.reason;
    if (this.#failure !== null) {
      abort(this.#failure);
      return;
    }
    const read = this.#timeouts.read;
    if (read !== null) {
      this.#seenBytes = this.#socketBytes();
      this.#ticking = true;
      const interval = Math.max(1, read / CHECKS_PER_TIMEOUT);
      this.#checksPerTimeout = Math.ceil(read / interval);
      // An h2 connection carries concurrent exchanges: each has its own ticker there.
      const ticker = this.#connection.httpVersion === '2' ? new ReadTicker() : this.#connection.readTicker;
      this.#ticker = ticker;
      ticker.start(this, interval);
    }
  }

  onHeaders(
    statusCode: number,
    rawHeaders: Array<Buffer | string>,
    resume: () => void,
    statusText: string,
  ): boolean {
    // 1xx (100 Continue, 103 Early Hints) are not the answer.
    if (statusCode < 200) return true;
    this.#phase = 'body';
    // The headers are activity: body silence counts from here.
    this.#bodyActive = true;
    this.#quietChecks = 0;
    this.#resume = resume;
    const response = new Response();
    response.statusCode = statusCode;
    const httpVersion = this.#connection.httpVersion;
    response.httpVersion = httpVersion;
    // HTTP/2 has no reason phrase: the standard one stands in, as httpx does.
    response.reason = httpVersion === '2' ? (STATUS_CODES[statusCode] ?? '') : statusText;
    response.url = this.#request.url;
    response.request = this.#request;
    response.connection = this.#adapter;
    response.elapsed = performance.now() - this.#started;
    response.timings = this.#timings(response.elapsed);
    // Filled as a plain dict, then handed over: `response.headers` is the bracket-access view.
    const headers = CaseInsensitiveDict.plain<string>();
    const encodings = fillHeaders(headers, rawHeaders);
    response.headers = headers;
    const body = new BodyStream(this);
    const bodiless = hasNoBody(this.#request.method, statusCode);
    const codings = encodings === null || bodiless ? null : contentCodings(encodings);
    // Decoders are piped only when the decoded body is first read: until then `raw` is undecoded.
    response.setBody(
      codings === null || codings.length === 0 ? body : new LazyDecodedBody(body, codings, response),
      body,
    );
    this.#response = response;
    this.#body = body;
    if (bodiless) this.#stopTicking();
    this.#resolve(response);
    return true;
  }

  onData(chunk: Buffer): boolean {
    const more = this.#body!.deliver(chunk);
    this.#bodyActive = true;
    if (!more) this.#bodyPaused = true;
    return more;
  }

  /** undici: the request, body included, is written. */
  onRequestSent(): void {
    this.#uploadAt = performance.now() - this.#started;
  }

  onComplete(): void {
    const timings = this.#response?.timings;
    if (timings) {
      timings.end = performance.now() - this.#started;
      timings.total = timings.end;
    }
    this.#finish(true);
    this.#body?.end();
  }

  onError(error: Error): void {
    if (this.#done) return;
    if (this.#isBodilessLengthMismatch(error)) {
      // A 204/304 with Content-Length has no body all the same (RFC 9110 §8.6): undici
      // counts it short; the response is complete, only the connection is not reused.
      this.#finish(false);
      this.#body!.end();
      return;
    }
    const phase: Phase = this.#phase === 'body' ? 'body' : 'headers';
    // Our own failures (abort signal, deadline, timers) come back as they were given, and so
    // does a TypeError of the request body (a chunk that is not bytes): the caller's bug, as in
    // Requests, not a broken connection.
    const mapped =
      this.#failure ??
      (this.#isRequestBodyTypeError(error)
        ? error
        : mapError(error, phase, this.#request, this.#response, this.#timeouts.read));
    // Not reused after a failure: undici would even reconnect to retire an aborted request.
    this.#finish(false);
    if (this.#body === null) this.#reject(mapped);
    else this.#body.fail(mapped);
  }

  /** The phases so far, with the dial's when this exchange opened the connection. */
  #timings(response: number): ResponseTimings {
    const started = this.#started;
    const timings: ResponseTimings = {
      start: performance.timeOrigin + started,
      socket: this.#socketAt,
      upload: this.#uploadAt,
      response,
    };
    const dial = this.#connection.dialTimes;
    if (dial !== null && dial.start >= started) {
      this.#connection.dialTimes = null;
      if (dial.lookup !== undefined) timings.lookup = dial.lookup - started;
      if (dial.connect !== undefined) timings.connect = dial.connect - started;
      if (dial.secureConnect !== undefined) timings.secureConnect = dial.secureConnect - started;
    }
    return timings;
  }

  #isRequestBodyTypeError(error: Error): boolean {
    const body = this.#requestBody;
    return error instanceof TypeError && body instanceof Readable && body.errored === error;
  }

  #isBodilessLengthMismatch(error: Error): boolean {
    const response = this.#response;
    return (
      response !== null &&
      this.#failure === null &&
      (error as { code?: unknown }).code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH' &&
      hasNoBody(this.#request.method, response.statusCode)
    );
  }

  resumeBody(): void {
    if (this.#bodyPaused) {
      // The reader wants more: silence counts again from now.
      this.#bodyPaused = false;
      this.#bodyActive = true;
    }
    this.#resume?.();
  }

  abortBody(reason: Error): void {
    if (!this.#done) this.#abort?.(reason);
  }

  declaredLength(): number | null {
    const response = this.#response;
    if (response === null || hasNoBody(this.#request.method, response.statusCode)) return null;
    const value = response.headers.get('content-length');
    if (value === undefined || value === null || !DIGITS.test(value)) return null;
    const length = Number(value);
    return Number.isSafeInteger(length) ? length : null;
  }

  /**
   * One read-timeout check (an eighth of the timeout since the last): silence through the
   * whole timeout — no byte on the socket before the headers, no chunk in the body while the
   * reader waits — fails the exchange. True to be checked again.
   */
  readTick(): boolean {
    if (this.#done || this.#failure !== null) return false;
    if (this.#isActive()) this.#quietChecks = 0;
    else if (++this.#quietChecks >= this.#checksPerTimeout) {
      this.#fail(this.#readTimeout());
      return false;
    }
    return true;
  }

  #isActive(): boolean {
    if (this.#phase !== 'body') {
      const bytes = this.#socketBytes();
      const active = bytes !== this.#seenBytes;
      this.#seenBytes = bytes;
      return active;
    }
    const active = this.#bodyActive || this.#bodyPaused;
    this.#bodyActive = false;
    return active;
  }

  #readTimeout(): ReadTimeout {
    const { method, url } = this.#request;
    return new ReadTimeout(
      `Read timed out. (read timeout=${this.#timeouts.read} ms) (${method} ${redactUrl(url)})`,
      { request: this.#request, response: this.#response },
    );
  }

  /** The total deadline passed: fail as a connect or a read timeout by phase. */
  deadlineReached(): void {
    const { method, url } = this.#request;
    const message = `Timed out: total timeout=${this.#timeouts.total} ms exceeded (${method} ${redactUrl(url)})`;
    const options = { request: this.#request, response: this.#response };
    this.#fail(
      this.#phase === 'connect' ? new ConnectTimeout(message, options) : new ReadTimeout(message, options),
    );
  }

  #fail(error: Error): void {
    if (this.#done || this.#failure !== null) return;
    this.#failure = error;
    if (this.#body !== null) {
      this.#body.fail(error);
    } else if (this.#abort !== null) {
      this.#abort(error);
    } else {
      // Still connecting: the dial watches the same signal and deadline; answer now.
      this.#reject(error);
    }
  }

  #socketBytes(): number {
    const socket = this.#connection.socket;
    return socket === null ? 0 : socket.bytesRead + socket.bytesWritten;
  }

  #stopTicking(): void {
    if (this.#ticking) {
      this.#ticking = false;
      const ticker = this.#ticker!;
      if (ticker === this.#connection.readTicker) ticker.stop(this);
      else ticker.dispose();
    }
  }

  #finish(reusable: boolean): void {
    if (this.#done) return;
    this.#done = true;
    this.#stopTicking();
    if (this.#deadline !== null) clearTimeout(this.#deadline);
    this.#signal?.removeEventListener('abort', this);
    this.#pool.release(this.#connection, reusable);
  }
}
