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

/** `session.send(prepared, options)`. */
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

/** `session.request(method, url, options)`, the verbs, and the module-level verbs. */
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

/** `session.map(items, options)` / `imap`: their own options and every request option as defaults. */
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

/** `new Session(init)`: every setting of a session, and its components. */
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
