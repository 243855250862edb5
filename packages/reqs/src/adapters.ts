/** `requests.adapters`: the transport base class and the built-in undici transport. */
export { disableWarnings, HTTPAdapter, Retry } from '@reqs/adapters';
export { BaseAdapter } from '@reqs/core';
