/** The recorded form of one request and its response, as a cassette file holds them. */

/**
 * Headers as received, in order: a repeated header is an array of its lines' values.
 * @example
 * ```ts
 * const headers: RecordedHeaders = { 'Content-Type': 'text/html', 'Set-Cookie': ['a=1; Path=/', 'b=2'] };
 * ```
 */
export type RecordedHeaders = Record<string, string | string[]>;

/**
 * A body: UTF-8 text when it is text — `lines` (each with its line ending, joined as they are)
 * when it has several, so a re-recording diffs line by line, else `text` — or `base64`.
 * @example
 * ```ts
 * const bodies: RecordedBody[] = [{ text: '{"id":7}' }, { lines: ['a\n', 'b\n'] }, { base64: 'iVBORw0KGgo=' }];
 * ```
 */
export type RecordedBody =
  | { readonly text: string }
  | { readonly lines: readonly string[] }
  | { readonly base64: string };

/**
 * A request as recorded (after redaction).
 * @example
 * ```ts
 * const request: RecordedRequest = {
 *   method: 'POST',
 *   uri: 'https://api.test/items',
 *   headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${REDACTED}` },
 *   body: { text: '{"name":"pen"}' },
 * };
 * ```
 */
export interface RecordedRequest {
  /** The method, e.g. `'GET'`. */
  readonly method: string;
  /** The full URL sent, query included. */
  readonly uri: string;
  /** The request headers sent, redacted. */
  readonly headers: RecordedHeaders;
  /** The body sent; `null` when there was none. */
  readonly body: RecordedBody | null;
}

/**
 * A response as recorded (after redaction); `body` holds the bytes as sent (still encoded).
 * @example
 * ```ts
 * const response: RecordedResponse = {
 *   status: 201,
 *   reason: 'Created',
 *   headers: { 'Content-Type': 'application/json', Location: '/items/7' },
 *   body: { text: '{"id":7}' },
 * };
 * ```
 */
export interface RecordedResponse {
  /** The status code, e.g. 200. */
  readonly status: number;
  /** The reason phrase as received. */
  readonly reason: string;
  /** The response headers as received, redacted. */
  readonly headers: RecordedHeaders;
  /** The body as received, before any `Content-Encoding` is decoded. */
  readonly body: RecordedBody;
}

/**
 * One exchange: every redirect hop and auth retry is an interaction of its own.
 * @example
 * ```ts
 * const tape = await useCassette(session, 'test/cassettes/user.json');
 * await session.get('https://api.github.com/users/octocat');
 * for (const { request, response } of tape.interactions) console.log(request.method, request.uri, response.status);
 * await tape.eject();
 * ```
 */
export interface Interaction {
  /** The request sent. */
  readonly request: RecordedRequest;
  /** The response it got. */
  readonly response: RecordedResponse;
}

/**
 * What a cassette file holds.
 * @example
 * ```ts
 * const file = JSON.parse(readFileSync('test/cassettes/user.json', 'utf8')) as CassetteFile;
 * console.log(file.interactions.map((i) => i.request.uri));
 * ```
 */
export interface CassetteFile {
  /** The format version. */
  readonly reqsCassette: 1;
  /** The recorded exchanges, in the order they happened. */
  readonly interactions: readonly Interaction[];
}
