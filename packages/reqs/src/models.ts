/**
 * Request, PreparedRequest and Response of @reqs/core with the meta-package's default layers:
 * a request prepared on its own (`new Request(…).prepare()`, `new PreparedRequest().prepare(…)`)
 * encodes `files` with @reqs/multipart, and a Response made by hand guesses charsets with
 * @reqs/encoding — as a Session of this package does. Each is `instanceof`-compatible with
 * core's class both ways, so `s.prepareRequest(req) instanceof PreparedRequest` holds.
 */

import {
  type CharsetDetector,
  PreparedRequest as CorePreparedRequest,
  Request as CoreRequest,
  Response as CoreResponse,
  type MultipartEncoder as MultipartEncoderLayer,
  type RequestInit,
} from '@reqs/core';
import { charsetDetector } from '@reqs/encoding';
import { MultipartEncoder } from '@reqs/multipart';

// Stateless between bodies (each encode() makes its own boundary and parts): one serves all.
const defaultMultipartEncoder: MultipartEncoderLayer = new MultipartEncoder();

/**
 * Requests' `requests.Request`: @reqs/core's `Request`, whose `prepare()` encodes `files` with
 * @reqs/multipart unless `options.multipartEncoder` names another encoder.
 *
 * @example
 * const prepared = new Request('POST', 'https://httpbin.org/post', { files: { report: 'a,b\n' } }).prepare();
 * prepared.headers['content-type']; // 'multipart/form-data; boundary=…'
 */
export class Request extends CoreRequest {
  constructor(method?: string | null, url?: string | URL | null, options: RequestInit = {}) {
    super(method, url, options);
    this.multipartEncoder ??= defaultMultipartEncoder;
  }

  /** True for any @reqs/core `Request`, this class's or not. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof CoreRequest;
  }
}

/**
 * Requests' `requests.PreparedRequest`: @reqs/core's `PreparedRequest`, whose `prepare({ files })`
 * encodes with @reqs/multipart unless given another `multipartEncoder`. Every prepared request
 * (a session's too) is `instanceof PreparedRequest`.
 *
 * @example
 * const p = new PreparedRequest();
 * p.prepare({ method: 'POST', url: 'https://httpbin.org/post', files: { f: 'text' } });
 */
export class PreparedRequest extends CorePreparedRequest {
  override multipartEncoder: MultipartEncoderLayer | null = defaultMultipartEncoder;

  /** True for any @reqs/core `PreparedRequest` (what sessions and `Request.prepare()` return). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof CorePreparedRequest;
  }
}

/**
 * Requests' `requests.Response`: @reqs/core's `Response`; one made by hand guesses its
 * `apparentEncoding` with @reqs/encoding's detector, as a session's responses do. Every
 * response (an adapter's too) is `instanceof Response`.
 * @example
 * const r = await requests.get('https://httpbin.org/json');
 * if (r instanceof Response) console.log(r.statusCode, r.headers.get('content-type'), r.json());
 */
export class Response extends CoreResponse {
  override charsetDetector: CharsetDetector | null = charsetDetector;

  /** True for any @reqs/core `Response`. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof CoreResponse;
  }
}
