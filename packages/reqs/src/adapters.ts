/**
 * `requests.adapters`: the transport base class and the built-in undici transport.
 * @example
 * ```ts
 * import { adapters, Session } from 'reqs';
 *
 * const session = new Session();
 * session.mount('https://', new adapters.HTTPAdapter({ maxRetries: new adapters.Retry({ total: 3 }) }));
 * ```
 */
export { disableWarnings, HTTPAdapter, Retry } from '@reqs/adapters';
export { BaseAdapter } from '@reqs/core';
