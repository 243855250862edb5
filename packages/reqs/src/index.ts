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

import { HTTPAdapter, Retry } from '@reqs/adapters';
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
  UnrewindableBodyError,
  URLRequired,
} from '@reqs/core';
import { MultipartEncoder } from '@reqs/multipart';
import * as adapters from './adapters.js';
import { del, get, head, options, patch, post, put, request } from './api.js';
import * as auth from './auth.js';
import * as cookies from './cookies.js';
import * as exceptions from './exceptions.js';
import { PreparedRequest, Request, Response } from './models.js';
import { Session } from './session.js';
import * as utils from './utils.js';
import { __version__ } from './version.js';

export type { HTTPAdapterOptions, RetryOptions } from '@reqs/adapters';
export type { Codes, StatusName } from '@reqs/codes';
export type { CookieInit, CookieInput, RequestsCookieJarJSON } from '@reqs/cookies';
// The interfaces of every swappable layer (API.md §12) and the types of the options.
export type {
  Adapter,
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
  FileContent,
  FileSpec,
  FilesInit,
  FormInit,
  HeaderLink,
  HeadersInit,
  HookEvent,
  Hooks,
  HooksInit,
  IterLinesOptions,
  ParamsInit,
  PreparedBody,
  ResponseHook,
  Scalar,
  SendOptions,
  TimeoutSpec,
} from '@reqs/core';
export type { MultipartEncoderOptions, ProgressCallback } from '@reqs/multipart';
export type { RequestOptions, SessionInit, SessionSendOptions } from '@reqs/session';

export {
  __version__,
  AuthBase,
  adapters,
  addDictToCookiejar,
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
  JSONDecodeError,
  MissingSchema,
  MultipartEncoder,
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
  statusNames,
  Timeout,
  TooManyRedirects,
  UnrewindableBodyError,
  URLRequired,
  utils,
};

/** The same names as the named exports, as one object: `import requests from 'reqs'`. */
const requests = {
  __version__,
  AuthBase,
  addDictToCookiejar,
  adapters,
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
  dictFromCookiejar,
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
  JSONDecodeError,
  MissingSchema,
  MultipartEncoder,
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
  statusNames,
  Timeout,
  TooManyRedirects,
  UnrewindableBodyError,
  URLRequired,
  utils,
} as const;

export default requests;
