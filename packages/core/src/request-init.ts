/** The types of what `Request` and `PreparedRequest.prepare` accept (docs/reference/options.md). */
import type { Readable } from 'node:stream';
import type { Auth } from './auth-base.js';
import type { CaseInsensitiveDict } from './case-insensitive-dict.js';
import type { CookieJar } from './cookie-jar.js';
import type { HooksInit } from './hooks/hook-types.js';
import type { FileSpec, MultipartEncoder } from './multipart-encoder.js';
import type { Scalar } from './scalar.js';

export type { HooksInit } from './hooks/hook-types.js';

/**
 * Query parameters: an object (arrays repeat the key, `null` values are dropped), pairs,
 * an already-encoded string, `URLSearchParams`, or a {@link FormMapping}. Merged after the
 * URL's own query.
 * @example
 * await requests.get('https://httpbin.org/get', { params: { q: 'reqs', tag: ['a', 'b'], page: 2, draft: null } }); // draft left out
 * await requests.get('https://httpbin.org/get', { params: [['q', 'reqs'], ['q', 'http']] });
 * await requests.get('https://httpbin.org/get', { params: 'raw=1&x=2' });
 */
export type ParamsInit =
  | Readonly<Record<string, Scalar | readonly Scalar[] | null | undefined>>
  | ReadonlyArray<readonly [string, Scalar | null | undefined]>
  | string
  | URLSearchParams
  | FormMapping;

/**
 * A value of a form field: a scalar, several (the key repeats), or `null`/`undefined` (dropped).
 *
 * @example
 * ```ts
 * import type { FormValue } from '@reqs/core';
 * import requests from 'reqs';
 *
 * const tags: FormValue = ['a', 'b']; // sent as tags=a&tags=b
 * const draft: FormValue = null; // left out
 * await requests.post('https://httpbin.org/post', { data: { title: 'x', tags, draft } });
 * ```
 */
export type FormValue = Scalar | readonly Scalar[] | null | undefined;

/**
 * A mapping of your own, as Requests form-encodes a custom `Mapping`: a `Map`, or any object
 * with `items()` giving `[name, value]` pairs (a `CaseInsensitiveDict`, a class of yours).
 *
 * @example
 * ```ts
 * import type { FormMapping, FormValue } from '@reqs/core';
 * import requests from 'reqs';
 *
 * const fields: FormMapping = new Map<string, FormValue>([['q', 'reqs'], ['page', 2]]);
 * await requests.post('https://httpbin.org/post', { data: fields });
 * ```
 */
export type FormMapping =
  | ReadonlyMap<string, FormValue>
  | { items(): Iterable<readonly [string, FormValue]> };

/**
 * A form: an object (arrays repeat the key, `null` values are dropped), pairs,
 * `URLSearchParams`, or a {@link FormMapping}.
 *
 * @example
 * ```ts
 * import type { FormInit } from '@reqs/core';
 * import requests from 'reqs';
 *
 * const form: FormInit = [['name', 'x'], ['tag', 'a'], ['tag', 'b']];
 * await requests.post('https://httpbin.org/post', { data: form });
 * ```
 */
export type FormInit =
  | Readonly<Record<string, FormValue>>
  | ReadonlyArray<readonly [string, Scalar | null | undefined]>
  | URLSearchParams
  | FormMapping;

/**
 * A request body: a form (sent `application/x-www-form-urlencoded`), a string or bytes (sent
 * as is), a `Blob`, a stream or (async) iterable of chunks (streamed), or a `FormData` (sent
 * as `multipart/form-data`, as fetch sends it).
 * @example
 * await requests.post('https://httpbin.org/post', { data: { name: 'x', tags: ['a', 'b'] } }); // a form
 * await requests.post('https://httpbin.org/post', { data: 'raw text' });
 * await requests.post('https://httpbin.org/post', { data: createReadStream('big.bin') }); // streamed
 */
export type DataInit =
  | FormInit
  | string
  | Uint8Array
  | Blob
  | Readable
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | FormData;

/**
 * Request headers: an object, pairs, a `Headers`, or a {@link CaseInsensitiveDict}.
 * A `null` value means "not sent" (and, merged over session headers, removes one).
 * @example
 * await requests.get('https://httpbin.org/headers', { headers: { Accept: 'application/json', 'User-Agent': null } }); // null: not sent
 * await requests.get('https://httpbin.org/headers', { headers: [['X-A', '1'], ['X-B', '2']] });
 */
export type HeadersInit =
  | Readonly<Record<string, string | null | undefined>>
  | Iterable<readonly [string, string | null | undefined]>
  | CaseInsensitiveDict<string | null>
  | CaseInsensitiveDict<string>;

/**
 * Cookies for one request: name → value, or a cookie jar.
 * @example
 * await requests.get('https://httpbin.org/cookies', { cookies: { theme: 'dark' } });
 */
export type CookiesInit = Readonly<Record<string, string>> | CookieJar;

/**
 * Files to upload as `multipart/form-data`: field name → file, pairs, a `Map`, or a `FormData`
 * (its strings are sent as fields, its `File`s as files).
 * @example
 * await requests.post('https://httpbin.org/post', { files: { avatar: createReadStream('me.png') }, data: { name: 'me' } });
 */
export type FilesInit =
  | Readonly<Record<string, FileSpec>>
  | ReadonlyArray<readonly [string, FileSpec]>
  | ReadonlyMap<string, FileSpec>
  | FormData;

/**
 * Everything {@link PreparedRequest.prepare} accepts. `null` and `undefined` mean "not given"
 * everywhere — also for `json`, as Requests' `json=None`.
 *
 * @example
 * const options: PrepareOptions = {
 *   method: 'POST',
 *   url: 'https://httpbin.org/post',
 *   headers: { Accept: 'application/json' },
 *   json: { name: 'reqs' },
 *   auth: ['user', 'pass'],
 * };
 * const p = new PreparedRequest().prepare(options);
 */
export interface PrepareOptions {
  /** The HTTP method, upper-cased when prepared (`'get'` → `'GET'`). */
  method?: string | null | undefined;
  /** Where to send it, with a scheme; its host is IDNA-encoded and its path requoted when prepared. */
  url?: string | URL | null | undefined;
  /** The headers to send; a `null` value leaves that header out. */
  headers?: HeadersInit | null | undefined;
  /** Files to send as `multipart/form-data` (with `data`'s fields as the other parts). */
  files?: FilesInit | null | undefined;
  /** The body: a form (URL-encoded), text, bytes, a stream or iterable (streamed), or a `FormData`. */
  data?: DataInit | null | undefined;
  /** Query parameters, appended after the URL's own query. */
  params?: ParamsInit | null | undefined;
  /** Credentials: `[user, pass]` (HTTP Basic), an `AuthBase`, or a function that signs the request. */
  auth?: Auth | null | undefined;
  /** Cookies for the `Cookie` header: name → value, or a cookie jar (only its cookies for this URL). */
  cookies?: CookiesInit | null | undefined;
  /** Hooks to register on the prepared request: one or a list per event. */
  hooks?: HooksInit | null | undefined;
  /** Any JSON value; ignored when `data` or `files` is given. */
  json?: unknown;
  /** Encodes `files` (the session supplies @reqs/multipart's encoder). */
  multipartEncoder?: MultipartEncoder | null | undefined;
}

/**
 * The options of `new Request(method, url, options)`: all of {@link PrepareOptions} but method and url.
 *
 * @example
 * const init: RequestInit = { headers: { Accept: 'application/json' }, params: { q: 'reqs' } };
 * const prepared = new Request('GET', 'https://httpbin.org/get', init).prepare();
 */
export type RequestInit = Omit<PrepareOptions, 'method' | 'url'>;
