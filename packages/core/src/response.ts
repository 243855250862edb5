/** Response: what a server answered, with its body as bytes, text, JSON or a stream (docs/reference/response.md). */
import type { Readable } from 'node:stream';
import type { Adapter } from './base-adapter.js';
import { CaseInsensitiveDict, type CaseInsensitiveDictView, plainDict } from './case-insensitive-dict.js';
import type { CharsetDetector } from './charset-detector.js';
import type { CookieJar } from './cookie-jar.js';
import { decodeText } from './decode-text.js';
import { HTTPError } from './errors/http-error.js';
import { RequestException } from './errors/request-exception.js';
import { fallbackCharsetDetector } from './fallback-charset-detector.js';
import { getEncodingFromHeaders } from './get-encoding-from-headers.js';
import { httpErrorMessage } from './http-error-message.js';
import { iterContent } from './iter-content.js';
import { type IterLinesOptions, iterLines } from './iter-lines.js';
import { type HeaderLink, parseHeaderLinks } from './parse-header-links.js';
import { parseJsonBody } from './parse-json-body.js';
import type { PreparedRequest } from './prepared-request.js';
import type { CacheStatus } from './request-cache-options.js';
import { ResponseBody } from './response-body.js';
import type { ResponseTimings } from './response-timings.js';

const REDIRECT_STATI: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const PERMANENT_REDIRECT_STATI: ReadonlySet<number> = new Set([301, 308]);

/** The plain header dict of a Response of this copy of core, else undefined (see plainHeaders). */
export let responseHeadersOf: (value: object) => CaseInsensitiveDict<string> | undefined;

/**
 * The answer to one request. Adapters build it (`new Response()`, then fields and
 * `setBody`); users read `statusCode`, `headers`, `content`, `text`, `json()`.
 *
 * @example
 * const r = await requests.get('https://example.org/data.json');
 * r.raiseForStatus();
 * const data = r.json<{ items: string[] }>();
 */
export class Response {
  /** The HTTP status code, e.g. 200. */
  statusCode = 0;
  /** The reason phrase as received, e.g. `'OK'` (HTTP/2 has none: the adapter fills the standard phrase). */
  reason = '';
  /**
   * The HTTP version the response came over, `'1.1'` (HTTP/1.x) or `'2'`, set by the adapter;
   * undefined when the adapter speaks no HTTP on a wire (in-process, mock, cache).
   */
  httpVersion: '1.1' | '2' | undefined = undefined;
  /** The final URL after redirects. */
  url = '';
  /** The request this answers (unset on a bare `new Response()`). */
  request!: PreparedRequest;
  /** The redirect responses that led here, oldest first. */
  history: Response[] = [];
  /** Milliseconds from sending the request to parsing the response headers. */
  elapsed = 0;
  /** When each phase of the exchange ended (set by the adapter or the session); null on a bare `new Response()`. */
  timings: ResponseTimings | null = null;
  /** The adapter that sent the request, so hooks can resend (`r.connection.send(…)`). */
  connection: Adapter | null = null;
  /** Guesses `apparentEncoding` (set by the session); null uses core's UTF-8-or-Windows-1252 fallback. */
  charsetDetector: CharsetDetector | null = null;
  /** Makes the jar behind `cookies` (set by the session). */
  cookieJarFactory: (() => CookieJar) | null = null;
  /** The request to send next when this is a redirect (set by the session), else null. */
  next: PreparedRequest | null = null;
  /** True when a caching adapter answered from its store (`cacheStatus` hit, stale or revalidated). */
  fromCache = false;
  /** How a caching adapter answered (`'hit'`, `'stale'`, `'revalidated'`, `'miss'`, `'bypass'`); null without one. */
  cacheStatus: CacheStatus | null = null;

  readonly #body = new ResponseBody(this);
  #headers = CaseInsensitiveDict.plain<string>();
  #encoding: string | null = null;
  #encodingSet = false;
  #contentTypeSeen: string | undefined = undefined;
  #headerEncoding: string | null = null;
  #cookies: CookieJar | null = null;
  #apparent: { bytes: Uint8Array; encoding: string } | null = null;
  #text: { bytes: Uint8Array; encoding: string | null; text: string } | null = null;

  static {
    responseHeadersOf = (value) => (#headers in value ? value.#headers : undefined);
  }

  /**
   * The response headers, case-insensitive, bracket access included (`r.headers['content-type']`).
   * Repeated headers are joined with `, `; `getAll(name)` keeps them apart. Adapters add
   * received headers with `append`, or assign a dict they built.
   */
  get headers(): CaseInsensitiveDictView<string> {
    return this.#headers.view();
  }
  set headers(headers: CaseInsensitiveDict<string>) {
    this.#headers = plainDict(headers);
  }

  /**
   * For adapters: hands over the body. `decoded` yields the decompressed bytes users read;
   * `raw` is the undecoded stream (defaults to `decoded`). Errors the stream throws propagate
   * from `read()` and `iterContent()` as thrown.
   * @example
   * // In an adapter: the body as received (give the gunzip piped from it as `decoded` and
   * // it as `raw` when the response has a Content-Encoding).
   * const received = Readable.from([new TextEncoder().encode('{"ok":true}')]);
   * r.setBody(received);
   */
  setBody(decoded: Readable | AsyncIterable<Uint8Array>, raw?: Readable): void {
    this.#body.setStream(decoded, raw ?? null);
  }

  /**
   * The body bytes (decompressed). `null` only on a `new Response()` never given a body.
   * Setting it replaces the body.
   * @throws RequestException with `stream: true` before `await response.read()`.
   * @throws StreamConsumedError when the body was streamed away by iteration or `close()`.
   */
  get content(): Uint8Array {
    // A bare `new Response()` holds null, as Requests' None; every sent request has bytes.
    return this.#body.content as Uint8Array;
  }
  set content(bytes: Uint8Array | null) {
    this.#body.setContent(bytes);
  }

  /** The undecoded body stream (only meaningful with `stream: true`). Setting it also sets an unset body. */
  get raw(): Readable | null {
    return this.#body.raw;
  }
  set raw(stream: Readable | null) {
    if (stream === null) return;
    this.#body.setRaw(stream);
  }

  /**
   * Reads the rest of a streamed body; afterwards `content`, `text` and `json()` work.
   * @example
   * const r = await requests.get('https://httpbin.org/bytes/1024', { stream: true });
   * if (Number(r.headers.get('content-length')) < 1_000_000) await r.read();
   * console.log(r.content.byteLength);
   */
  read(): Promise<Uint8Array> {
    return this.#body.read();
  }

  /**
   * The charset the body is decoded with: set by you, else from `Content-Type` as Requests
   * does (`text/*` without charset → `ISO-8859-1`, `application/json` → `utf-8`), else null.
   */
  get encoding(): string | null {
    if (this.#encodingSet) return this.#encoding;
    const contentType = this.#headers.get('content-type');
    if (contentType !== this.#contentTypeSeen) {
      this.#contentTypeSeen = contentType;
      this.#headerEncoding = getEncodingFromHeaders(this.#headers);
    }
    return this.#headerEncoding;
  }
  set encoding(name: string | null) {
    this.#encoding = name;
    this.#encodingSet = true;
  }

  /** The encoding guessed from the bytes (`charsetDetector`, else valid UTF-8 → `utf-8`, else `windows-1252`). */
  get apparentEncoding(): string {
    const bytes = this.#body.content ?? new Uint8Array(0);
    if (this.#apparent?.bytes === bytes) return this.#apparent.encoding;
    const encoding = this.charsetDetector?.detect(bytes) ?? fallbackCharsetDetector.detect(bytes) ?? 'utf-8';
    this.#apparent = { bytes, encoding };
    return encoding;
  }

  /**
   * The body as text: decoded with `encoding`, else `apparentEncoding`, replacing bad bytes.
   * @example
   * const r = await requests.get('https://httpbin.org/encoding/utf8');
   * r.encoding = 'utf-8'; // override what the headers say, before reading `text`
   * console.log(r.text.slice(0, 80));
   */
  get text(): string {
    const bytes = this.#body.content;
    if (bytes === null || bytes.byteLength === 0) return '';
    const encoding = this.encoding;
    if (this.#text?.bytes === bytes && this.#text.encoding === encoding) return this.#text.text;
    const text = decodeText(bytes, encoding ?? this.apparentEncoding, this.charsetDetector);
    this.#text = { bytes, encoding, text };
    return text;
  }

  /**
   * Parses the body as JSON, detecting UTF-8/16/32 by BOM or null-byte pattern.
   * @throws JSONDecodeError (with `doc` and `pos`) when the body is not JSON.
   * @example
   * const r = await requests.get('https://httpbin.org/json');
   * const data = r.json<{ slideshow: { title: string } }>();
   * console.log(data.slideshow.title);
   */
  json<T = unknown>(): T {
    return parseJsonBody(this.#body.content ?? new Uint8Array(0), this) as T;
  }

  /**
   * False for a 4xx or 5xx status.
   * @example
   * const r = await requests.get('https://httpbin.org/status/503');
   * if (!r.ok) console.log(`failed: ${r.statusCode} ${r.reason}`);
   */
  get ok(): boolean {
    return !(this.statusCode >= 400 && this.statusCode < 600);
  }

  /**
   * Throws for a 4xx or 5xx status.
   * @throws HTTPError `404 Client Error: NOT FOUND for url: http://…`
   * @example
   * const r = await requests.get('https://httpbin.org/status/404');
   * try {
   *   r.raiseForStatus();
   * } catch (error) {
   *   if (error instanceof HTTPError) console.log(error.response?.statusCode); // 404
   * }
   */
  raiseForStatus(): void {
    const message = httpErrorMessage(this.statusCode, this.reason, this.url);
    if (message !== null) throw new HTTPError(message, { response: this });
  }

  /** True for a 301, 302, 303, 307 or 308 with a `Location` header. */
  get isRedirect(): boolean {
    return this.#headers.has('location') && REDIRECT_STATI.has(this.statusCode);
  }

  /** True for a 301 or 308 with a `Location` header. */
  get isPermanentRedirect(): boolean {
    return this.#headers.has('location') && PERMANENT_REDIRECT_STATI.has(this.statusCode);
  }

  /**
   * The `Link` header parsed, keyed by `rel` (or by url when a link has no rel).
   * @example
   * const r = await requests.get('https://api.github.com/repos/nodejs/node/issues');
   * const next = r.links.next?.url; // from `Link: <…?page=2>; rel="next"`, if any
   */
  get links(): Record<string, HeaderLink> {
    const result: Record<string, HeaderLink> = Object.create(null);
    const header = this.#headers.get('link');
    if (!header) return result;
    for (const link of parseHeaderLinks(header)) {
      const key = link.rel || link.url;
      result[key] = link;
    }
    return result;
  }

  /**
   * The cookies this response set, in a jar made by `cookieJarFactory` on first access.
   * @throws RequestException when no `cookieJarFactory` was set (a Session sets one).
   * @example
   * const r = await requests.get('https://httpbin.org/cookies/set?flavour=oat', { allowRedirects: false });
   * console.log(r.cookies.get('flavour')); // 'oat'
   */
  get cookies(): CookieJar {
    if (this.#cookies === null) {
      if (this.cookieJarFactory === null) {
        throw new RequestException(
          'response.cookies needs a cookie jar: set response.cookieJarFactory (a Session does), ' +
            'e.g. () => new RequestsCookieJar() from @reqs/cookies.',
          { response: this },
        );
      }
      const jar = this.cookieJarFactory();
      const setCookies = this.#headers.getAll('set-cookie');
      const url = this.url || this.request?.url;
      if (setCookies.length > 0 && url) jar.storeResponseCookies(setCookies, url);
      this.#cookies = jar;
    }
    return this.#cookies;
  }
  set cookies(jar: CookieJar) {
    this.#cookies = jar;
  }

  /**
   * The body in chunks: as they arrive (`chunkSize` null) or re-cut to `chunkSize` bytes;
   * strings with `decodeUnicode` (decoded with `encoding`, streaming). Over a body already
   * read it replays `content`.
   * @throws StreamConsumedError when the stream was already consumed (on the first `next()`).
   * @example for await (const chunk of r.iterContent(8192)) file.write(chunk);
   */
  iterContent(chunkSize?: number | null, decodeUnicode?: false): AsyncGenerator<Uint8Array, void, undefined>;
  iterContent(
    chunkSize: number | null | undefined,
    decodeUnicode: true,
  ): AsyncGenerator<string, void, undefined>;
  iterContent(
    chunkSize?: number | null,
    decodeUnicode?: boolean,
  ): AsyncGenerator<Uint8Array | string, void, undefined>;
  iterContent(
    chunkSize: number | null = null,
    decodeUnicode = false,
  ): AsyncGenerator<Uint8Array | string, void, undefined> {
    return iterContent(this.#body, chunkSize, decodeUnicode ? () => this.#streamEncoding() : null);
  }

  /**
   * The body line by line, without line endings (`\n`, `\r\n`, `\r`, or `delimiter`).
   * @example for await (const line of r.iterLines({ decodeUnicode: true })) console.log(line);
   */
  iterLines(
    options?: IterLinesOptions & { decodeUnicode?: false },
  ): AsyncGenerator<Uint8Array, void, undefined>;
  iterLines(options: IterLinesOptions & { decodeUnicode: true }): AsyncGenerator<string, void, undefined>;
  iterLines(options?: IterLinesOptions): AsyncGenerator<Uint8Array | string, void, undefined>;
  iterLines(options: IterLinesOptions = {}): AsyncGenerator<Uint8Array | string, void, undefined> {
    const chunkSize = options.chunkSize === undefined ? 512 : options.chunkSize;
    const chunks = this.iterContent(chunkSize, options.decodeUnicode ?? false);
    return iterLines(chunks, options.delimiter ?? null);
  }

  /**
   * Releases the connection: destroys an unread stream. Idempotent.
   * @example
   * const r = await requests.get('https://httpbin.org/stream/100', { stream: true });
   * if (r.headers.get('content-type') !== 'application/json') await r.close(); // not read: release the connection
   */
  close(): Promise<void> {
    return this.#body.close();
  }

  /**
   * `await using r = await s.get(url, { stream: true })` closes it at the end of the block.
   * @example
   * await using r = await requests.get('https://httpbin.org/stream/5', { stream: true });
   * for await (const line of r.iterLines({ decodeUnicode: true })) console.log(line);
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /**
   * `for await (const chunk of r)`: the body in 128-byte chunks, as Requests' `__iter__`.
   * @example
   * const r = await requests.get('https://httpbin.org/bytes/512', { stream: true });
   * for await (const chunk of r) console.log(chunk.byteLength); // 128, 128, 128, 128
   */
  [Symbol.asyncIterator](): AsyncGenerator<Uint8Array, void, undefined> {
    return this.iterContent(128);
  }

  /**
   * `<Response [200]>`
   * @example
   * const r = await requests.get('https://httpbin.org/status/404');
   * console.log(`${r}`); // '<Response [404]>'
   */
  toString(): string {
    return `<Response [${this.statusCode}]>`;
  }

  /** Node's `util.inspect` shows `<Response [200]>`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.toString();
  }

  /** The encoding for streamed text: `encoding`, else detected from bytes in hand, else UTF-8. */
  #streamEncoding(): { encoding: string; detector: CharsetDetector | null } {
    const encoding = this.encoding ?? (this.#body.hasContent ? this.apparentEncoding : 'utf-8');
    return { encoding, detector: this.charsetDetector };
  }
}
