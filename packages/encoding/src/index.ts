/** @reqs/encoding: charset handling for reqs: encoding from headers and content, detection, decoding. */
export { getEncodingFromHeaders, type HeaderLookup } from '@reqs/core';
export { decode, lookupEncoding } from './decode.js';
export { charsetDetector, DefaultCharsetDetector } from './default-charset-detector.js';
export { detectEncoding } from './detect-encoding.js';
export { getEncodingsFromContent } from './get-encodings-from-content.js';
