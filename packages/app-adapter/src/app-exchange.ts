// One request run through a request listener in memory: IncomingMessage in, ServerResponse bytes out.
import { type IncomingHttpHeaders, IncomingMessage, type RequestListener, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import {
  type Adapter,
  type PreparedRequest,
  ReadTimeout,
  type ResolvedTimeout,
  Response,
  redactUrl,
} from '@reqs/core';
import { AppSocket } from './app-socket.js';
import { bodyChunks } from './body-chunks.js';
import { contentCodings, decodeBody } from './decode-codings.js';
import { parseResponseHead, type ResponseHead } from './response-head.js';

const HEAD_END = Buffer.from('\r\n\r\n');

/**
 * Drives one exchange: builds the IncomingMessage (request line, headers, body pushed as it
 * is read) and the ServerResponse on an {@link AppSocket}, calls the listener, and reads the
 * bytes Node's ServerResponse writes back — the head (1xx heads skipped), then the body,
 * unframed (no chunked coding: the end of the body is the response's `finish`). `promise`
 * resolves at the head with a streaming Response.
 */
export class AppExchange {
  readonly promise: Promise<Response>;
  #resolve!: (response: Response) => void;
  #reject!: (error: unknown) => void;
  readonly #adapter: Adapter;
  readonly #request: PreparedRequest;
  readonly #raiseAppExceptions: boolean;
  readonly #signal: AbortSignal | undefined;
  readonly #socket: AppSocket;
  readonly #req: IncomingMessage;
  readonly #res: ServerResponse;
  readonly #raw: Readable;
  readonly #started = performance.now();
  #headBytes: Buffer | null = null;
  #response: Response | null = null;
  #pendingWrite: ((error?: Error | null) => void) | null = null;
  #resumeUpload: (() => void) | null = null;
  #timer: NodeJS.Timeout | null = null;
  #done = false;

  constructor(
    adapter: Adapter,
    request: PreparedRequest,
    timeouts: ResolvedTimeout,
    signal: AbortSignal | undefined,
    raiseAppExceptions: boolean,
  ) {
    this.#adapter = adapter;
    this.#request = request;
    this.#signal = signal;
    this.#raiseAppExceptions = raiseAppExceptions;
    this.promise = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    const url = new URL(request.url);
    this.#socket = new AppSocket(url.protocol === 'https:', (chunk, done) => this.#onBytes(chunk, done));
    this.#raw = new Readable({ read: () => this.#takeMore() });
    this.#req = incomingMessage(this.#socket, request, url);
    this.#req._read = () => this.#resumeUpload?.();
    this.#res = new ServerResponse(this.#req);
    // Unframed: the body ends at `finish`, so there is no chunked coding to undo.
    this.#res.useChunkedEncodingByDefault = false;
    this.#res.shouldKeepAlive = false;
    this.#res.assignSocket(this.#socket as unknown as Socket);
    this.#res.once('finish', () => this.#finish());
    const wait = timeouts.read ?? timeouts.total;
    if (wait !== null) this.#timer = setTimeout(() => this.#timeout(wait), wait);
    signal?.addEventListener('abort', this);
  }

  /** Calls the listener and streams the request body into it. */
  run(handler: RequestListener): Promise<Response> {
    void this.#upload();
    try {
      const result = handler(this.#req, this.#res) as unknown;
      if (result instanceof Promise) result.catch((error: unknown) => this.#onAppError(error));
    } catch (error) {
      this.#onAppError(error);
    }
    return this.promise;
  }

  /** The abort signal fired (EventListener protocol). */
  handleEvent(): void {
    this.#fail(this.#signal!.reason);
  }

  async #upload(): Promise<void> {
    const req = this.#req;
    try {
      for await (const chunk of bodyChunks(this.#request.body)) {
        if (this.#done) return;
        if (!req.push(chunk)) await new Promise<void>((resume) => (this.#resumeUpload = resume));
      }
      req.complete = true;
      req.push(null);
    } catch (error) {
      req.destroy(error as Error);
      this.#fail(error);
    }
  }

  #onBytes(chunk: Buffer, done: (error?: Error | null) => void): void {
    let bytes = chunk;
    while (this.#response === null) {
      const head = this.#headBytes === null ? bytes : Buffer.concat([this.#headBytes, bytes]);
      const end = head.indexOf(HEAD_END);
      if (end === -1) {
        this.#headBytes = head;
        done();
        return;
      }
      this.#headBytes = null;
      const parsed = parseResponseHead(head.toString('latin1', 0, end), this.#res.hasHeader('connection'));
      bytes = head.subarray(end + HEAD_END.length);
      // 1xx (100 Continue, 103 Early Hints) are not the answer.
      if (parsed.statusCode >= 200) this.#start(parsed);
      else if (bytes.length === 0) {
        done();
        return;
      }
    }
    if (bytes.length === 0 || this.#raw.push(bytes)) done();
    else this.#pendingWrite = done;
  }

  #takeMore(): void {
    const done = this.#pendingWrite;
    this.#pendingWrite = null;
    done?.();
  }

  #start(head: ResponseHead): void {
    const response = new Response();
    response.statusCode = head.statusCode;
    response.reason = head.reason;
    response.headers = head.headers;
    response.url = this.#request.url;
    response.request = this.#request;
    response.connection = this.#adapter;
    response.elapsed = performance.now() - this.#started;
    const codings = contentCodings(head.headers.get('content-encoding'));
    response.setBody(codings.length === 0 ? this.#raw : decodeBody(this.#raw, codings, response), this.#raw);
    this.#response = response;
    this.#clearTimer();
    this.#resolve(response);
  }

  #finish(): void {
    if (this.#done) return;
    this.#done = true;
    this.#cleanup();
    this.#raw.push(null);
    // As a server does once the response is out: the socket goes, `close` reaches the app.
    process.nextTick(() => this.#socket.destroy());
  }

  #onAppError(error: unknown): void {
    if (!this.#raiseAppExceptions && !this.#res.headersSent && !this.#done) {
      this.#res.statusCode = 500;
      this.#res.setHeader('Content-Length', '0');
      this.#res.end();
      return;
    }
    this.#fail(error);
  }

  #timeout(wait: number): void {
    const message = `Read timed out. (read timeout=${wait} ms) (${this.#request.method} ${redactUrl(this.#request.url)})`;
    this.#fail(new ReadTimeout(message, { request: this.#request }));
  }

  #fail(error: unknown): void {
    if (this.#done) return;
    this.#done = true;
    this.#cleanup();
    this.#resumeUpload?.();
    if (this.#response === null) this.#reject(error);
    else this.#raw.destroy(error as Error);
    this.#socket.destroy();
  }

  #clearTimer(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #cleanup(): void {
    this.#clearTimer();
    this.#signal?.removeEventListener('abort', this);
  }
}

/** The IncomingMessage a server would parse for `request`: request line, headers (Host added), HTTP/1.1. */
function incomingMessage(socket: AppSocket, request: PreparedRequest, url: URL): IncomingMessage {
  const req = new IncomingMessage(socket as unknown as Socket);
  req.method = request.method;
  req.url = `${url.pathname}${url.search}`;
  req.httpVersion = '1.1';
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  const raw: string[] = [];
  const headers: IncomingHttpHeaders = {};
  if (!request.headers.has('host')) {
    raw.push('Host', url.host);
    headers.host = url.host;
  }
  for (const [name, value] of request.headers) {
    raw.push(name, value);
    addHeader(headers, name.toLowerCase(), value);
  }
  req.rawHeaders = raw;
  req.headers = headers;
  return req;
}

/** Headers of which Node's parser keeps the first line only. */
const SINGLE = new Set([
  'age',
  'authorization',
  'content-length',
  'content-type',
  'etag',
  'expires',
  'from',
  'host',
  'if-modified-since',
  'if-unmodified-since',
  'last-modified',
  'location',
  'max-forwards',
  'proxy-authorization',
  'referer',
  'retry-after',
  'server',
  'user-agent',
]);

/** Adds one header line to `req.headers` as Node's HTTP parser does: `Cookie` joined with `; `, others with `, `. */
function addHeader(headers: IncomingHttpHeaders, name: string, value: string): void {
  const existing = headers[name];
  if (existing === undefined) {
    headers[name] = name === 'set-cookie' ? [value] : value;
  } else if (Array.isArray(existing)) {
    existing.push(value);
  } else if (!SINGLE.has(name)) {
    headers[name] = `${existing}${name === 'cookie' ? '; ' : ', '}${value}`;
  }
}
