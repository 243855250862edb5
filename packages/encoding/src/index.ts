/** @reqs/encoding: Charset handling for reqs: encoding from headers and content, detection, decoding. */
export {};
