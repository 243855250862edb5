/** @reqs/core: the models of reqs, its errors, and the interfaces of every swappable layer. */

export { type Auth, AuthBase, type AuthCallable } from './auth-base.js';
export { type Adapter, BaseAdapter } from './base-adapter.js';
export { basicAuthHeader } from './basic-auth-header.js';
export type { PreparedBody } from './body.js';
export {
  CaseInsensitiveDict,
  type CaseInsensitiveDictConstructor,
  type CaseInsensitiveDictInit,
  type CaseInsensitiveDictView,
} from './case-insensitive-dict.js';
export type { CharsetDetector } from './charset-detector.js';
export { concatAll, concatBytes, indexOfBytes } from './concat-bytes.js';
export type { CookieAttributes, CookieJar, CookieLike, CookieScope } from './cookie-jar.js';
export { decodeText } from './decode-text.js';
export * from './errors/index.js';
export { fallbackCharsetDetector } from './fallback-charset-detector.js';
export { getEncodingFromHeaders, type HeaderLookup, type HeaderRecord } from './get-encoding-from-headers.js';
export { getEnvironProxies, getEnvironProxy } from './get-environ-proxies.js';
export { getUnicodeFromResponse } from './get-unicode-from-response.js';
export { guessJsonUtf, type JsonUtf } from './guess-json-utf.js';
export { dispatchHook } from './hooks/dispatch-hook.js';
export {
  type AnyHook,
  type ArgsHook,
  copyHooks,
  defaultHooks,
  type ErrorHook,
  HOOKS,
  type HookEvent,
  type Hooks,
  type HooksInit,
  type HookTypes,
  hooksFor,
  type PostRequestHook,
  type PreRequestHook,
  type PreSendHook,
  type RedirectHook,
  type ResponseHook,
  type RetryHook,
  type RetryInfo,
} from './hooks/hook-types.js';
export {
  hasHooks,
  runArgsHooks,
  runErrorHooks,
  runPostRequestHooks,
  runPreRequestHooks,
  runPreSendHooks,
  runRedirectHooks,
  runRetryHooks,
} from './hooks/run-hooks.js';
export type { IterLinesOptions } from './iter-lines.js';
export { decodeLatin1, encodeLatin1 } from './latin1.js';
export type { EncodedMultipart, FileContent, FileSpec, MultipartEncoder } from './multipart-encoder.js';
export { environmentVariables, NodeBuffer, nodeBuiltin } from './node-builtin.js';
export { describeValue } from './options/describe-value.js';
export { isHooks } from './options/is-hooks.js';
export { materializeHooks } from './options/materialize-hooks.js';
export {
  invalidOption,
  isAbortSignal,
  isBoolean,
  isCert,
  isFunction,
  isNonNegativeInteger,
  isNonNegativeNumber,
  isPositiveInteger,
  isProxies,
  isString,
  isTimeout,
  isVerify,
  isWritable,
} from './options/option-checks.js';
export {
  checkOptions,
  extendOptionTable,
  type OptionCheck,
  type OptionTable,
  optionTable,
  unknownOption,
} from './options/option-table.js';
export { PREPARE_OPTIONS, REQUEST_INIT_OPTIONS } from './options/request-init-options.js';
export { camelCase, suggestOption } from './options/suggest-option.js';
export { parseDictHeader } from './parse-dict-header.js';
export { type HeaderLink, parseHeaderLinks } from './parse-header-links.js';
export { parseListHeader, unquoteHeaderValue } from './parse-list-header.js';
export { plainHeaders } from './plain-headers.js';
export { checkHeader } from './prepare/prepare-headers.js';
export { registerHooks, unregisterHook } from './prepare/prepare-hooks.js';
export { PreparedRequest } from './prepared-request.js';
export { prependSchemeIfNeeded } from './prepend-scheme-if-needed.js';
export type { WholeBodySource } from './read-readable.js';
export { redactUrl } from './redact-url.js';
export { Request } from './request.js';
export type { RequestArgs } from './request-args.js';
export type { CacheStatus, RequestCacheOptions, RequestCacheSetting } from './request-cache-options.js';
export type {
  CookiesInit,
  DataInit,
  FilesInit,
  FormInit,
  FormMapping,
  FormValue,
  HeadersInit,
  ParamsInit,
  PrepareOptions,
  RequestInit,
} from './request-init.js';
export { requoteUri, unquoteUnreserved } from './requote-uri.js';
export {
  DEFAULT_CONNECT_TIMEOUT,
  DEFAULT_READ_TIMEOUT,
  type ResolvedTimeout,
  resolveTimeout,
} from './resolve-timeout.js';
export { Response } from './response.js';
export type { ResponseTimings } from './response-timings.js';
export { rewindBody } from './rewind-body.js';
export type { Scalar } from './scalar.js';
export { selectProxy } from './select-proxy.js';
export type { Cert, SendOptions, TimeoutSpec } from './send-options.js';
export { shouldBypassProxies } from './should-bypass-proxies.js';
export { superLen } from './super-len.js';
