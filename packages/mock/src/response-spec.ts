/** What a mock route answers: a response spec, a function of the request, or a sequence of them. */
import type { Readable } from 'node:stream';
import type { PreparedRequest, SendOptions } from '@reqs/core';

/**
 * Response headers: an object (an array value repeats the header, e.g. several `Set-Cookie`
 * lines) or `[name, value]` pairs in the order they are sent.
 * @example
 * mock.get('https://api.test/login', { status: 204, headers: { 'Set-Cookie': ['a=1', 'b=2'] } });
 * mock.get('https://api.test/ordered', { headers: [['X-First', '1'], ['X-Second', '2']] });
 */
export type MockHeaders =
  | Readonly<Record<string, string | readonly string[]>>
  | readonly (readonly [name: string, value: string])[];

/**
 * A response body as the server would send it (before decoding: with `Content-Encoding: gzip`
 * give the gzip bytes): bytes, a string (UTF-8), a Node stream, a web `ReadableStream`, or an
 * async iterable of chunks. A stream can be read once: answer repeated calls with a function
 * that makes a new one.
 * @example
 * mock.get('https://api.test/file', { body: new Uint8Array([1, 2, 3]), headers: { 'Content-Type': 'application/octet-stream' } });
 * mock.get('https://api.test/stream', () => ({ body: Readable.from(['a', 'b', 'c']) })); // a new stream per call
 */
export type MockBody =
  | Uint8Array
  | ArrayBuffer
  | string
  | Readable
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>;

interface ResponseHead {
  /** The status code (default 200). */
  readonly status?: number;
  /** The reason phrase (default: the standard one for the status, e.g. `'Not Found'`). */
  readonly reason?: string;
  /** Response headers, in order, repeats allowed. */
  readonly headers?: MockHeaders;
  /** Milliseconds before the response headers arrive: a read timeout shorter than this fails with `ReadTimeout`. */
  readonly delay?: number;
}

/**
 * The body given as bytes or a stream.
 * @example
 * ```ts
 * const png: MockBodyResponse = { body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), headers: { 'Content-Type': 'image/png' } };
 * mock.get('https://api.test/logo.png', png);
 * ```
 */
export interface MockBodyResponse extends ResponseHead {
  /** The body as sent on the wire (bytes, a string, or a stream); none when absent. */
  readonly body?: MockBody;
  /** Not with `body`: at most one of `body`, `text`, `json`, `error`. */
  readonly text?: never;
  /** Not with `body`: at most one of `body`, `text`, `json`, `error`. */
  readonly json?: never;
  /** Not with `body`: at most one of `body`, `text`, `json`, `error`. */
  readonly error?: never;
}

/**
 * The body given as text (UTF-8; `Content-Type: text/plain; charset=utf-8` unless set).
 * @example
 * ```ts
 * const missing: MockTextResponse = { status: 404, text: 'no such user' };
 * mock.get('https://api.test/users/:id', missing);
 * ```
 */
export interface MockTextResponse extends ResponseHead {
  /** The body as text, sent encoded in UTF-8. */
  readonly text: string;
  /** Not with `text`: at most one of `body`, `text`, `json`, `error`. */
  readonly body?: never;
  /** Not with `text`: at most one of `body`, `text`, `json`, `error`. */
  readonly json?: never;
  /** Not with `text`: at most one of `body`, `text`, `json`, `error`. */
  readonly error?: never;
}

/**
 * The body given as a JSON value (`Content-Type: application/json` unless set).
 * @example
 * ```ts
 * const user: MockJsonResponse = { json: { id: 7, name: 'Ada' }, headers: { ETag: '"v1"' } };
 * mock.get('https://api.test/users/7', user);
 * ```
 */
export interface MockJsonResponse extends ResponseHead {
  /** The body as a value, sent as `JSON.stringify(json)`. */
  readonly json: unknown;
  /** Not with `json`: at most one of `body`, `text`, `json`, `error`. */
  readonly body?: never;
  /** Not with `json`: at most one of `body`, `text`, `json`, `error`. */
  readonly text?: never;
  /** Not with `json`: at most one of `body`, `text`, `json`, `error`. */
  readonly error?: never;
}

/**
 * No response: `send` fails with `error` (after `delay`), e.g. `new ConnectionError('refused')`.
 * @example
 * ```ts
 * const refused: MockErrorResponse = { error: new ConnectionError('connection refused'), delay: 50 };
 * mock.get('https://api.test/down', refused);
 * await expect(s.get('https://api.test/down')).rejects.toThrow(ConnectionError);
 * ```
 */
export interface MockErrorResponse {
  /** The error `send` fails with (a `RequestException` such as `ConnectionError` or `ReadTimeout`). */
  readonly error: Error;
  /** Milliseconds before `send` fails. */
  readonly delay?: number;
  /** Not with `error`: no response arrives, so no status. */
  readonly status?: never;
  /** Not with `error`: no response arrives, so no reason phrase. */
  readonly reason?: never;
  /** Not with `error`: no response arrives, so no headers. */
  readonly headers?: never;
  /** Not with `error`: no response arrives, so no body. */
  readonly body?: never;
  /** Not with `error`: no response arrives, so no body. */
  readonly text?: never;
  /** Not with `error`: no response arrives, so no body. */
  readonly json?: never;
}

/**
 * One mocked answer. Every key is optional except the one that names the body kind; at most
 * one of `body`, `text`, `json`, `error`.
 *
 * @example
 * const created: MockResponseSpec = { status: 201, headers: { Location: '/items/7' }, json: { id: 7 } };
 */
export type MockResponseSpec = MockBodyResponse | MockTextResponse | MockJsonResponse | MockErrorResponse;

/**
 * What a responder function is told besides the request.
 * @example
 * ```ts
 * mock.get('https://api.test/users/:id', (request, context: MockContext) =>
 *   context.callIndex === 0 ? { status: 503 } : { json: { id: context.params.id } },
 * );
 * ```
 */
export interface MockContext {
  /** `:name` segments of a URL pattern and named groups of a RegExp. */
  readonly params: Readonly<Record<string, string>>;
  /** The adapter's send options (stream, timeout, signal…). */
  readonly options: SendOptions;
  /** How many times this route had been called before this call. */
  readonly callIndex: number;
}

/**
 * Computes the answer from the prepared request (may be async).
 *
 * @example
 * const echo: MockResponder = (request) => ({ json: { got: request.headers.get('x-a') } });
 * mock.post('https://api.test/echo', echo);
 */
export type MockResponder = (
  request: PreparedRequest,
  context: MockContext,
) => MockResponseSpec | Promise<MockResponseSpec>;

/**
 * One answer: a spec or a responder.
 * @example
 * ```ts
 * const answer: MockAnswer = (request) => ({ json: { method: request.method } });
 * mock.any('https://api.test/echo', answer);
 * ```
 */
export type MockAnswer = MockResponseSpec | MockResponder;

/**
 * What a route answers: one answer, or a sequence (each used once, in order).
 * @example
 * ```ts
 * // Fails twice, then succeeds: a retry test.
 * const flaky: MockAnswers = [{ status: 503 }, { status: 503 }, { json: { ok: true } }];
 * mock.get('https://api.test/flaky', flaky);
 * ```
 */
export type MockAnswers = MockAnswer | readonly MockAnswer[];
