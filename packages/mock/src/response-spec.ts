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

/** The body given as bytes or a stream. */
export interface MockBodyResponse extends ResponseHead {
  readonly body?: MockBody;
  readonly text?: never;
  readonly json?: never;
  readonly error?: never;
}

/** The body given as text (UTF-8; `Content-Type: text/plain; charset=utf-8` unless set). */
export interface MockTextResponse extends ResponseHead {
  readonly text: string;
  readonly body?: never;
  readonly json?: never;
  readonly error?: never;
}

/** The body given as a JSON value (`Content-Type: application/json` unless set). */
export interface MockJsonResponse extends ResponseHead {
  readonly json: unknown;
  readonly body?: never;
  readonly text?: never;
  readonly error?: never;
}

/** No response: `send` fails with `error` (after `delay`), e.g. `new ConnectionError('refused')`. */
export interface MockErrorResponse {
  readonly error: Error;
  readonly delay?: number;
  readonly status?: never;
  readonly reason?: never;
  readonly headers?: never;
  readonly body?: never;
  readonly text?: never;
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

/** What a responder function is told besides the request. */
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

/** One answer: a spec or a responder. */
export type MockAnswer = MockResponseSpec | MockResponder;

/** What a route answers: one answer, or a sequence (each used once, in order). */
export type MockAnswers = MockAnswer | readonly MockAnswer[];
