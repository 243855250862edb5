// One request through fetch: timers for the head, the body's silences and the whole exchange, and the caller's signal.
import {
  type Adapter,
  CaseInsensitiveDict,
  ChunkedEncodingError,
  ConnectionError,
  type PreparedRequest,
  ReadTimeout,
  type ResolvedTimeout,
  Response,
  redactUrl,
  Timeout,
} from '@reqs/core';
import { fetchBody, wholeFetchBody } from './fetch-body.js';
import { fetchHeaders } from './fetch-headers.js';
import { refusal } from './refuse-unsupported.js';

/**
 * The `fetch` function an adapter sends with (the global one, or one passed in).
 * @example
 * const withKey: FetchFunction = (input, init) => fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'x-api-key': key } });
 * new FetchAdapter({ fetch: withKey });
 */
export type FetchFunction = (input: string, init: RequestInit) => Promise<globalThis.Response>;

type Timer = ReturnType<typeof setTimeout>;

/**
 * Drives one exchange. fetch cannot tell connecting from waiting for the answer, so the head
 * gets `connect + read` (a `ReadTimeout`, as a silent server is the common case); once it is in, each silence between body chunks gets
 * `read` (a `ReadTimeout`); `total` bounds the whole exchange. Every failure aborts the fetch
 * and is what the caller sees (the signal's own reason on abort).
 */
export class FetchExchange {
  readonly #adapter: Adapter;
  readonly #request: PreparedRequest;
  readonly #timeouts: ResolvedTimeout;
  readonly #signal: AbortSignal | undefined;
  readonly #controller = new AbortController();
  #failure: unknown = undefined;
  #timer: Timer | null = null;
  #deadline: Timer | null = null;
  #headIn = false;
  #bodyDone = false;
  #finished = false;

  constructor(
    adapter: Adapter,
    request: PreparedRequest,
    timeouts: ResolvedTimeout,
    signal: AbortSignal | undefined,
  ) {
    this.#adapter = adapter;
    this.#request = request;
    this.#timeouts = timeouts;
    this.#signal = signal;
  }

  /**
   * Sends the request; resolves at the response head, with the body streaming from fetch.
   * @param streamUploads false reads a streamed request body whole before sending it.
   */
  async run(fetchFunction: FetchFunction, streamUploads = true): Promise<Response> {
    const request = this.#request;
    const headers = fetchHeaders(request, new URL(request.url));
    const { body, streaming } = streamUploads ? fetchBody(request.body) : await wholeFetchBody(request.body);
    this.#signal?.throwIfAborted();
    this.#signal?.addEventListener('abort', this);
    const { connect, read, total } = this.#timeouts;
    if (total !== null) this.#deadline = setTimeout(() => this.#onDeadline(total), total);
    const headWait = connect === null && read === null ? null : (connect ?? 0) + (read ?? 0);
    this.#arm(headWait, () => this.#headTimeout(headWait!));
    const init: RequestInit & { duplex?: 'half' } = {
      method: request.method,
      headers,
      body,
      redirect: 'manual',
      signal: this.#controller.signal,
    };
    if (streaming) init.duplex = 'half';
    const started = performance.now();
    let answer: globalThis.Response;
    try {
      answer = await fetchFunction(request.url, init);
    } catch (error) {
      this.#finish();
      throw this.#failure ?? this.#connectionError(error);
    }
    this.#headIn = true;
    this.#disarm();
    if (this.#failure !== undefined) {
      this.#finish();
      answer.body?.cancel().catch(() => {});
      throw this.#failure;
    }
    return this.#respond(answer, performance.now() - started);
  }

  /** The caller's signal fired (EventListener protocol). */
  handleEvent(): void {
    this.#fail(this.#signal!.reason);
  }

  #respond(answer: globalThis.Response, elapsed: number): Response {
    if (answer.type === 'opaqueredirect') {
      this.#finish();
      throw refusal(
        this.#request,
        'the runtime hides redirect responses from fetch (a browser answers an opaque redirect), so the session cannot follow it',
      );
    }
    const response = new Response();
    response.statusCode = answer.status;
    response.reason = answer.statusText;
    response.headers = responseHeaders(answer.headers);
    response.url = this.#request.url;
    response.request = this.#request;
    response.connection = this.#adapter;
    response.elapsed = elapsed;
    if (answer.body === null) {
      this.#finish();
      response.content = new Uint8Array(0);
    } else {
      response.setBody(this.#bodySource(answer.body.getReader(), response));
    }
    return response;
  }

  /**
   * The body's chunks as fetch delivers them (already decompressed), each silence bounded by
   * `read`. An iterator rather than a generator, so that `return()` (the response's `close()`)
   * cancels the fetch body at once, even before the first read or while a read is pending.
   */
  #bodySource(
    reader: ReadableStreamDefaultReader<Uint8Array>,
    response: Response,
  ): AsyncIterableIterator<Uint8Array> {
    const source: AsyncIterableIterator<Uint8Array> = {
      next: () => this.#nextChunk(reader, response),
      return: (value?: unknown) => {
        this.#closeBody(reader);
        return Promise.resolve({ done: true, value });
      },
      [Symbol.asyncIterator]: () => source,
    };
    return source;
  }

  async #nextChunk(
    reader: ReadableStreamDefaultReader<Uint8Array>,
    response: Response,
  ): Promise<IteratorResult<Uint8Array>> {
    if (this.#failure !== undefined) throw this.#failure;
    if (this.#bodyDone) return { done: true, value: undefined };
    const read = this.#timeouts.read;
    this.#arm(read, () => this.#bodyTimeout(read!, reader));
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch (error) {
      this.#closeBody(reader);
      throw this.#failure ?? this.#brokenBody(error, response);
    }
    this.#disarm();
    // A cancelled reader ends quietly: the failure that cancelled it is the answer.
    if (this.#failure !== undefined) {
      this.#closeBody(reader);
      throw this.#failure;
    }
    if (next.done) {
      this.#bodyDone = true;
      this.#finish();
      return { done: true, value: undefined };
    }
    return { done: false, value: next.value };
  }

  /** Stops reading the body: cancels fetch's stream (once) and clears the timers. */
  #closeBody(reader: ReadableStreamDefaultReader<Uint8Array>): void {
    if (!this.#bodyDone) {
      this.#bodyDone = true;
      reader.cancel().catch(() => {});
    }
    this.#finish();
  }

  #arm(wait: number | null, onTimeout: () => void): void {
    this.#disarm();
    if (wait !== null) this.#timer = setTimeout(onTimeout, wait);
  }

  #disarm(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #headTimeout(wait: number): void {
    this.#fail(
      new ReadTimeout(
        `Read timed out: no response within ${wait} ms (connect + read timeout: fetch cannot tell connecting from waiting) (${this.#describe()})`,
        { request: this.#request },
      ),
    );
  }

  #bodyTimeout(wait: number, reader: ReadableStreamDefaultReader<Uint8Array>): void {
    this.#fail(
      new ReadTimeout(`Read timed out. (read timeout=${wait} ms) (${this.#describe()})`, {
        request: this.#request,
      }),
    );
    reader.cancel().catch(() => {});
  }

  #onDeadline(total: number): void {
    const message = `Timed out: total timeout=${total} ms exceeded (${this.#describe()})`;
    this.#fail(
      this.#headIn
        ? new ReadTimeout(message, { request: this.#request })
        : new Timeout(message, { request: this.#request }),
    );
  }

  #fail(error: unknown): void {
    if (this.#failure !== undefined || this.#finished) return;
    this.#failure = error;
    this.#controller.abort(error);
  }

  /** As Requests: a body that breaks off (early close, reset, short Content-Length) is an incomplete body. */
  #brokenBody(error: unknown, response: Response): ChunkedEncodingError {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ChunkedEncodingError(`Connection broken: incomplete body: ${detail} (${this.#describe()})`, {
      request: this.#request,
      response,
      cause: error,
    });
  }

  #connectionError(error: unknown): unknown {
    const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ConnectionError(`Connection failed: ${detail} (${this.#describe()})`, {
      request: this.#request,
      cause: error,
    });
  }

  #describe(): string {
    return `${this.#request.method} ${redactUrl(this.#request.url)}`;
  }

  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#disarm();
    if (this.#deadline !== null) clearTimeout(this.#deadline);
    this.#signal?.removeEventListener('abort', this);
  }
}

/** The codings every fetch (undici, Bun, Deno, browsers) undoes before handing the body over. */
const DECODED_BY_FETCH: ReadonlySet<string> = new Set(['gzip', 'x-gzip', 'deflate', 'br']);

/**
 * fetch's headers (names lower-cased by fetch, repeats joined) with every `Set-Cookie` kept
 * apart. When fetch has undone the body's `Content-Encoding`, that header and the (encoded)
 * `Content-Length` are dropped: the body is decoded, and nothing above (a cassette recorder,
 * a cache, the session's redirect draining) may take it for encoded bytes and decode it again.
 */
function responseHeaders(headers: Headers): CaseInsensitiveDict<string> {
  const dict = CaseInsensitiveDict.plain<string>();
  for (const [name, value] of headers) {
    if (name !== 'set-cookie') dict.append(name, value);
  }
  for (const cookie of headers.getSetCookie()) dict.append('set-cookie', cookie);
  const coding = dict.get('content-encoding');
  if (coding !== undefined && decodedByFetch(coding)) {
    dict.delete('content-encoding');
    dict.delete('content-length');
  }
  return dict;
}

/** True when every coding listed is one fetch decodes (identity aside). */
function decodedByFetch(header: string): boolean {
  let any = false;
  for (const part of header.split(',')) {
    const coding = part.trim().toLowerCase();
    if (coding === '' || coding === 'identity') continue;
    if (!DECODED_BY_FETCH.has(coding)) return false;
    any = true;
  }
  return any;
}
