/** `requests.auth`: the auth base class and the built-in schemes. */
export { HTTPBasicAuth, HTTPDigestAuth, HTTPProxyAuth } from '@reqs/auth';
export { AuthBase } from '@reqs/core';
