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
  /**
   * A request not yet prepared, as @reqs/core's `new Request(method, url, options)`, with
   * @reqs/multipart as its `files` encoder.
   * @example
   * const req = new Request('POST', 'https://httpbin.org/post', { data: { a: '1' }, files: { report: createReadStream('report.csv') } });
   * const r = await s.send(s.prepareRequest(req));
   */
  constructor(method?: string | null, url?: string | URL | null, options: RequestInit = {}) {
    super(method, url, options);
    this.multipartEncoder ??= defaultMultipartEncoder;
  }

  /**
   * True for any @reqs/core `Request`, this class's or not.
   * @example
   * import { Request as CoreRequest } from '@reqs/core';
   * import { Request } from 'reqs';
   * new CoreRequest('GET', 'https://httpbin.org/get') instanceof Request; // true
   */
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
  /** Encodes `files` when preparing: @reqs/multipart's encoder unless another is set. */
  override multipartEncoder: MultipartEncoderLayer | null = defaultMultipartEncoder;

  /**
   * True for any @reqs/core `PreparedRequest` (what sessions and `Request.prepare()` return).
   * @example
   * const prepared = s.prepareRequest(new Request('GET', 'https://httpbin.org/get'));
   * prepared instanceof PreparedRequest; // true, though the session built @reqs/core's class
   */
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
  /** Guesses `apparentEncoding` from the body's bytes: @reqs/encoding's detector unless another is set. */
  override charsetDetector: CharsetDetector | null = charsetDetector;

  /**
   * True for any @reqs/core `Response`, an adapter's or a mock's included.
   * @example
   * const r = await mock.send(new Request('GET', 'https://httpbin.org/get').prepare(), { stream: false, verify: true, proxies: {} });
   * r instanceof Response; // true
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof CoreResponse;
  }
}
