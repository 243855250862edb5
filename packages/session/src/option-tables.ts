/**
 * The option tables of the session's entry points: `session.send`, `session.request` and the
 * verbs (also the module-level `requests.get` & co.), and `new Session(init)`. One table per
 * entry point: an option is added by adding its row (the check of its value, or `null` when it
 * is checked where it is used).
 */
import {
  extendOptionTable,
  invalidOption,
  isAbortSignal,
  isBoolean,
  isCert,
  isFunction,
  isHooks,
  isNonNegativeInteger,
  isProxies,
  isString,
  isTimeout,
  isVerify,
  isWritable,
  type OptionCheck,
  optionTable,
} from '@reqs/core';

/**
 * The options `session.send(prepared, options)` accepts, with the check of each value.
 * @example
 * // A layer that sends prepared requests refuses a misspelt option before anything is sent.
 * import { checkOptions } from '@reqs/core';
 * import { SEND_OPTIONS, type SessionSendOptions } from '@reqs/session';
 * function sendLater(options: SessionSendOptions): void {
 *   checkOptions(options, SEND_OPTIONS); // { timeOut: 5 }: TypeError "Unknown option 'timeOut' — did you mean 'timeout'?"
 * }
 */
export const SEND_OPTIONS = optionTable('Session.send', {
  stream: isBoolean,
  timeout: isTimeout,
  verify: isVerify,
  cert: isCert,
  proxies: isProxies,
  allowRedirects: isBoolean,
  signal: isAbortSignal,
  // For a caching adapter (@reqs/cache), which checks it.
  cache: null,
});

/**
 * The options `session.request(method, url, options)`, the verbs and the module-level verbs accept.
 * @example
 * // A wrapper session adds its own option and keeps the checks of the rest.
 * import { extendOptionTable, isNonNegativeInteger } from '@reqs/core';
 * import { REQUEST_OPTIONS } from '@reqs/session';
 * const PRIORITY_REQUEST_OPTIONS = extendOptionTable(REQUEST_OPTIONS, 'PrioritySession.request', {
 *   priority: isNonNegativeInteger,
 * });
 */
export const REQUEST_OPTIONS = extendOptionTable(SEND_OPTIONS, 'Session.request', {
  params: null,
  data: null,
  json: null,
  files: null,
  headers: null,
  cookies: null,
  auth: null,
  hooks: isHooks,
});

/**
 * The options `session.map(items, options)` and `imap` accept: their own, and every request
 * option as a default for the items.
 * @example
 * import { checkOptions } from '@reqs/core';
 * import { MAP_OPTIONS } from '@reqs/session';
 * checkOptions({ size: 4, ordered: true, timeout: 5_000 }, MAP_OPTIONS); // passes
 */
export const MAP_OPTIONS = extendOptionTable(REQUEST_OPTIONS, 'Session.map', {
  size: null, // checked by map, with its own message
  exceptionHandler: isFunction,
  throwOnError: isBoolean,
  ordered: isBoolean,
});

// `retries` needs an adapter to give it to: the reqs package mounts HTTPAdapter with it.
const needsAdapters: OptionCheck = () => {
  throw new TypeError(
    "Option 'retries' needs the default adapters: use reqs' Session, or mount new HTTPAdapter({ maxRetries }) yourself",
  );
};

const isCookies: OptionCheck = (value, option) => {
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidOption(option, 'a cookie jar or an object of cookies', value);
};

const isInstance =
  (method: string, what: string): OptionCheck =>
  (value, option) => {
    if (typeof (value as Record<string, unknown>)[method] !== 'function')
      throw invalidOption(option, what, value);
  };

/**
 * The options `new Session(init)` accepts: every setting of a session, and its components.
 * @example
 * // A factory that builds sessions from a config file refuses an unknown key up front.
 * const init = JSON.parse(readFileSync('session.json', 'utf8')) as object;
 * checkOptions(init, SESSION_INIT_OPTIONS);
 */
export const SESSION_INIT_OPTIONS = optionTable('new Session', {
  auth: null,
  headers: null,
  params: null,
  cookies: isCookies,
  proxies: isProxies,
  hooks: isHooks,
  verify: isVerify,
  cert: isCert,
  timeout: isTimeout,
  stream: isBoolean,
  trustEnv: isBoolean,
  maxRedirects: isNonNegativeInteger,
  baseUrl: isString,
  verbose: isWritable,
  retries: needsAdapters,
  charsetDetector: isInstance('detect', 'a charset detector (with detect(bytes))'),
  multipartEncoder: isInstance('encode', 'a multipart encoder (with encode(fields, files))'),
  netrcAuth: isFunction,
});
