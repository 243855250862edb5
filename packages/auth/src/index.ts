/** @reqs/auth: HTTP Basic, Digest and proxy authentication for reqs, and .netrc lookup. */

export { supportedDigestAlgorithms } from './digest-algorithm.js';
export { type GetNetrcAuthOptions, getNetrcAuth } from './get-netrc-auth.js';
export { HTTPBasicAuth } from './http-basic-auth.js';
export { HTTPDigestAuth } from './http-digest-auth.js';
export { HTTPProxyAuth } from './http-proxy-auth.js';
export { NetrcParseError } from './netrc-parse-error.js';
export { type Netrc, type NetrcEntry, parseNetrc } from './parse-netrc.js';
