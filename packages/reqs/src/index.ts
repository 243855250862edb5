/**
 * reqs: HTTP for Humans, in TypeScript — Python Requests' API on a fast undici transport.
 *
 * This package only wires: the verbs on a fresh pre-wired {@link Session}, and every public
 * name of the `@reqs/*` packages, as named exports and as one default export object.
 *
 * @example
 * import requests from 'reqs';
 * const r = await requests.get('https://httpbin.org/get', { params: { q: 'x' } });
 * r.json();
 *
 * @packageDocumentation
 */

import { disableWarnings, HTTPAdapter, Retry } from '@reqs/adapters';
import { HTTPBasicAuth, HTTPDigestAuth, HTTPProxyAuth, NetrcParseError } from '@reqs/auth';
import { codes, statusNames } from '@reqs/codes';
import {
  addDictToCookiejar,
  Cookie,
  cookiejarFromDict,
  createCookie,
  dictFromCookiejar,
  mergeCookies,
  RequestsCookieJar,
} from '@reqs/cookies';
import {
  AuthBase,
  BaseAdapter,
  CaseInsensitiveDict,
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  ContentDecodingError,
  CookieConflictError,
  HTTPError,
  InvalidHeader,
  InvalidJSONError,
  InvalidProxyURL,
  InvalidSchema,
  InvalidURL,
  JSONDecodeError,
  MissingSchema,
  ProxyError,
  ReadTimeout,
  RequestException,
  RetryError,
  SSLError,
  StreamConsumedError,
  Timeout,
  TooManyRedirects,
  UnreadableFileError,
  UnrewindableBodyError,
  URLRequired,
} from '@reqs/core';
import { MultipartEncoder } from '@reqs/multipart';
import { AsyncRequest, settings } from '@reqs/session';
import * as adapters from './adapters.js';
import { del, get, head, options, patch, post, put, request } from './api.js';
import * as auth from './auth.js';
import * as cookies from './cookies.js';
import * as exceptions from './exceptions.js';
import { asyncApi, imap, map } from './many.js';
import { PreparedRequest, Request, Response } from './models.js';
import { Session, session } from './session.js';
import * as utils from './utils.js';
import { __version__ } from './version.js';

export type { HTTPAdapterOptions, RetryOptions } from '@reqs/adapters';
export type { Codes, StatusName } from '@reqs/codes';
export type { CookieInit, CookieInput, RequestsCookieJarJSON } from '@reqs/cookies';
// The interfaces of every swappable layer (docs/reference/layers.md) and the types of the options.
export type {
  Adapter,
  AnyHook,
  ArgsHook,
  Auth,
  AuthCallable,
  CaseInsensitiveDictConstructor,
  CaseInsensitiveDictInit,
  CaseInsensitiveDictView,
  Cert,
  CharsetDetector,
  CookieAttributes,
  CookieJar,
  CookieLike,
  CookieScope,
  CookiesInit,
  DataInit,
  EncodedMultipart,
  ErrorHook,
  FileContent,
  FileSpec,
  FilesInit,
  FormInit,
  FormMapping,
  HeaderLink,
  HeadersInit,
  HookEvent,
  Hooks,
  HooksInit,
  HookTypes,
  IterLinesOptions,
  ParamsInit,
  PostRequestHook,
  PreparedBody,
  PreRequestHook,
  PreSendHook,
  RedirectHook,
  RequestArgs,
  ResponseHook,
  ResponseTimings,
  RetryHook,
  RetryInfo,
  Scalar,
  SendOptions,
  TimeoutSpec,
} from '@reqs/core';
export type { MultipartEncoderOptions, ProgressCallback } from '@reqs/multipart';
export type {
  ExceptionHandler,
  MapItem,
  MapOptions,
  RequestEndMessage,
  RequestErrorMessage,
  RequestOptions,
  RequestRedirectMessage,
  RequestRetryMessage,
  RequestSender,
  RequestStartMessage,
  SessionSendOptions,
  SessionSettings,
  Settings,
  VerboseStream,
} from '@reqs/session';
export type { SessionInit } from './session.js';

export {
  __version__,
  AsyncRequest,
  AuthBase,
  adapters,
  addDictToCookiejar,
  asyncApi as async,
  auth,
  BaseAdapter,
  CaseInsensitiveDict,
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  ContentDecodingError,
  Cookie,
  CookieConflictError,
  codes,
  cookiejarFromDict,
  cookies,
  createCookie,
  del as delete,
  dictFromCookiejar,
  disableWarnings,
  exceptions,
  get,
  HTTPAdapter,
  HTTPBasicAuth,
  HTTPDigestAuth,
  HTTPError,
  HTTPProxyAuth,
  head,
  InvalidHeader,
  InvalidJSONError,
  InvalidProxyURL,
  InvalidSchema,
  InvalidURL,
  imap,
  JSONDecodeError,
  MissingSchema,
  MultipartEncoder,
  map,
  mergeCookies,
  NetrcParseError,
  options,
  PreparedRequest,
  ProxyError,
  patch,
  post,
  put,
  ReadTimeout,
  Request,
  RequestException,
  RequestsCookieJar,
  Response,
  Retry,
  RetryError,
  request,
  Session,
  SSLError,
  StreamConsumedError,
  session,
  settings,
  statusNames,
  Timeout,
  TooManyRedirects,
  UnreadableFileError,
  UnrewindableBodyError,
  URLRequired,
  utils,
};

/**
 * The same names as the named exports, as one object: `import requests from 'reqs'`.
 * @example
 * import requests from 'reqs';
 * const r = await requests.get('https://httpbin.org/get');
 * await requests.post('https://httpbin.org/post', { json: { a: 1 } });
 * if (r.statusCode === requests.codes.ok) console.log(requests.utils.requoteUri('https://example.org/a b'));
 */
const requests = {
  __version__,
  AsyncRequest,
  AuthBase,
  addDictToCookiejar,
  adapters,
  async: asyncApi,
  auth,
  BaseAdapter,
  CaseInsensitiveDict,
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  ContentDecodingError,
  Cookie,
  CookieConflictError,
  codes,
  cookiejarFromDict,
  cookies,
  createCookie,
  delete: del,
  disableWarnings,
  dictFromCookiejar,
  exceptions,
  get,
  HTTPAdapter,
  HTTPBasicAuth,
  HTTPDigestAuth,
  HTTPError,
  HTTPProxyAuth,
  head,
  imap,
  InvalidHeader,
  InvalidJSONError,
  InvalidProxyURL,
  InvalidSchema,
  InvalidURL,
  JSONDecodeError,
  MissingSchema,
  MultipartEncoder,
  map,
  mergeCookies,
  NetrcParseError,
  options,
  PreparedRequest,
  ProxyError,
  patch,
  post,
  put,
  ReadTimeout,
  Request,
  RequestException,
  RequestsCookieJar,
  Response,
  Retry,
  RetryError,
  request,
  SSLError,
  Session,
  StreamConsumedError,
  settings,
  statusNames,
  session,
  Timeout,
  TooManyRedirects,
  UnreadableFileError,
  UnrewindableBodyError,
  URLRequired,
  utils,
} as const;

export default requests;
