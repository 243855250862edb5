/** @reqs/core: the models of reqs, its errors, and the interfaces of every swappable layer. */

export { type Adapter, BaseAdapter } from './base-adapter.js';
export { type Auth, AuthBase, type AuthCallable } from './auth-base.js';
export type { PreparedBody } from './body.js';
export type { CharsetDetector } from './charset-detector.js';
export type { CookieAttributes, CookieJar, CookieLike, CookieScope } from './cookie-jar.js';
export * from './errors/index.js';
export type { EncodedMultipart, FileContent, FileSpec, MultipartEncoder } from './multipart-encoder.js';
export type { Scalar } from './scalar.js';
export type { Cert, SendOptions, TimeoutSpec } from './send-options.js';
export {
  CaseInsensitiveDict,
  type CaseInsensitiveDictInit,
  type CaseInsensitiveDictView,
} from './case-insensitive-dict.js';
export {
  defaultHooks,
  dispatchHook,
  HOOKS,
  type HookEvent,
  type Hooks,
  type HooksInit,
  type ResponseHook,
} from './hooks.js';
export { PreparedRequest } from './prepared-request.js';
export type {
  CookiesInit,
  DataInit,
  FilesInit,
  FormInit,
  HeadersInit,
  ParamsInit,
  PrepareOptions,
  RequestInit,
} from './request-init.js';
export { Response } from './response.js';
export type { IterLinesOptions } from './iter-lines.js';
export { decodeText } from './decode-text.js';
export { fallbackCharsetDetector } from './fallback-charset-detector.js';
export { getEncodingFromHeaders, type HeaderLookup } from './get-encoding-from-headers.js';
export { guessJsonUtf, type JsonUtf } from './guess-json-utf.js';
export { type HeaderLink, parseHeaderLinks } from './parse-header-links.js';
export { parseDictHeader } from './parse-dict-header.js';
export { parseListHeader, unquoteHeaderValue } from './parse-list-header.js';
