// The error tree (as Python Requests' exceptions.py):
//
// RequestException
// ├── HTTPError
// ├── ConnectionError
// │   ├── ProxyError
// │   ├── SSLError
// │   └── ConnectTimeout ─── also a Timeout
// ├── Timeout
// │   └── ReadTimeout
// ├── URLRequired
// ├── TooManyRedirects
// ├── MissingSchema
// ├── InvalidSchema
// ├── InvalidURL
// │   └── InvalidProxyURL
// ├── InvalidHeader
// ├── InvalidJSONError
// │   └── JSONDecodeError
// ├── ChunkedEncodingError
// ├── ContentDecodingError
// ├── StreamConsumedError
// ├── RetryError
// ├── UnrewindableBodyError
// └── UnreadableFileError
// CookieConflictError (an Error, as in Requests, not a RequestException)

export { ChunkedEncodingError } from './chunked-encoding-error.js';
export { ConnectTimeout } from './connect-timeout.js';
export { ConnectionError } from './connection-error.js';
export { ContentDecodingError } from './content-decoding-error.js';
export { CookieConflictError } from './cookie-conflict-error.js';
export { HTTPError } from './http-error.js';
export { InvalidHeader } from './invalid-header.js';
export { InvalidJSONError } from './invalid-json-error.js';
export { InvalidProxyURL } from './invalid-proxy-url.js';
export { InvalidSchema } from './invalid-schema.js';
export { InvalidURL } from './invalid-url.js';
export { JSONDecodeError, type JSONDecodeErrorOptions } from './json-decode-error.js';
export { MissingSchema } from './missing-schema.js';
export { ProxyError } from './proxy-error.js';
export { ReadTimeout } from './read-timeout.js';
export { RequestException, type RequestExceptionOptions } from './request-exception.js';
export { RetryError } from './retry-error.js';
export { SSLError } from './ssl-error.js';
export { StreamConsumedError } from './stream-consumed-error.js';
export { Timeout } from './timeout.js';
export { TooManyRedirects } from './too-many-redirects.js';
export { UnreadableFileError } from './unreadable-file-error.js';
export { UnrewindableBodyError } from './unrewindable-body-error.js';
export { URLRequired } from './url-required.js';
