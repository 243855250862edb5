/** The recorded form of one request and its response, as a cassette file holds them. */

/** Headers as received, in order: a repeated header is an array of its lines' values. */
export type RecordedHeaders = Record<string, string | string[]>;

/**
 * A body: UTF-8 text when it is text — `lines` (each with its line ending, joined as they are)
 * when it has several, so a re-recording diffs line by line, else `text` — or `base64`.
 */
export type RecordedBody =
  | { readonly text: string }
  | { readonly lines: readonly string[] }
  | { readonly base64: string };

/** A request as recorded (after redaction). */
export interface RecordedRequest {
  readonly method: string;
  readonly uri: string;
  readonly headers: RecordedHeaders;
  readonly body: RecordedBody | null;
}

/** A response as recorded (after redaction); `body` holds the bytes as sent (still encoded). */
export interface RecordedResponse {
  readonly status: number;
  readonly reason: string;
  readonly headers: RecordedHeaders;
  readonly body: RecordedBody;
}

/** One exchange: every redirect hop and auth retry is an interaction of its own. */
export interface Interaction {
  readonly request: RecordedRequest;
  readonly response: RecordedResponse;
}

/** What a cassette file holds. */
export interface CassetteFile {
  /** The format version. */
  readonly reqsCassette: 1;
  readonly interactions: readonly Interaction[];
}
