/** @reqs/encoding: charset handling for reqs: encoding from headers and content, detection, decoding. */
export { decode, lookupEncoding } from './decode.js';
export { getEncodingsFromContent } from './get-encodings-from-content.js';
