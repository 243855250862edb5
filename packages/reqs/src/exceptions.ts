/**
 * `requests.exceptions`: every error reqs throws, grouped (docs/reference/errors.md).
 * @example
 * ```ts
 * import { exceptions, get } from 'reqs';
 *
 * try {
 *   await get('https://httpbin.org/delay/10', { timeout: 1 });
 * } catch (error) {
 *   if (error instanceof exceptions.Timeout) console.log('too slow');
 *   else throw error;
 * }
 * ```
 */
export { NetrcParseError } from '@reqs/auth';
export {
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  ContentDecodingError,
  CookieConflictError,
  HTTPError,
  InvalidHeader,
  InvalidJSONError,
  InvalidProxyURL,
  InvalidSchema,
  InvalidURL,
  JSONDecodeError,
  MissingSchema,
  ProxyError,
  ReadTimeout,
  RequestException,
  RetryError,
  SSLError,
  StreamConsumedError,
  Timeout,
  TooManyRedirects,
  UnreadableFileError,
  UnrewindableBodyError,
  URLRequired,
} from '@reqs/core';
