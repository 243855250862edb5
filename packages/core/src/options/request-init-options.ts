/** The option tables of `new Request(method, url, options)` and `PreparedRequest.prepare(options)`. */
import { isHooks } from './is-hooks.js';
import { extendOptionTable, optionTable } from './option-table.js';

/**
 * What `new Request` accepts. The body, headers, params, auth and cookies are checked when
 * prepared (their errors say more there); hooks are checked at once.
 *
 * @example
 * checkOptions({ header: { Accept: 'application/json' } }, REQUEST_INIT_OPTIONS);
 * // TypeError: Unknown option 'header' — did you mean 'headers'?
 */
export const REQUEST_INIT_OPTIONS = optionTable('new Request', {
  headers: null,
  files: null,
  data: null,
  json: null,
  params: null,
  auth: null,
  cookies: null,
  hooks: isHooks,
  multipartEncoder: null,
});

/**
 * What `PreparedRequest.prepare` accepts: the same and `method`, `url`.
 *
 * @example
 * // A layer whose prepare step takes one option more:
 * const MY_PREPARE_OPTIONS = extendOptionTable(PREPARE_OPTIONS, 'MyClient.prepare', { traceId: isString });
 * checkOptions({ method: 'GET', url: 'https://httpbin.org/get', traceId: 'a1' }, MY_PREPARE_OPTIONS);
 */
export const PREPARE_OPTIONS = extendOptionTable(REQUEST_INIT_OPTIONS, 'PreparedRequest.prepare', {
  method: null,
  url: null,
});
