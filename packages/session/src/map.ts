/** Many requests at once through one session: `session.map` and `session.imap` (grequests' map/imap). */
import {
  checkOptions,
  materializeHooks,
  type PreparedRequest,
  type Request,
  type Response,
} from '@reqs/core';
import { AsyncRequest } from './async-request.js';
import { MAP_OPTIONS } from './option-tables.js';
import type { RequestOptions, SessionSendOptions } from './request-options.js';
import { RequestPool } from './request-pool.js';

/**
 * What map/imap send: an `AsyncRequest`, a `Request`, a `PreparedRequest`, or a URL (GET).
 * @example
 * const items: MapItem[] = [
 *   'https://httpbin.org/get',
 *   new Request('POST', 'https://httpbin.org/post', { json: { a: 1 } }),
 *   requests.async.put('https://httpbin.org/put', { data: 'x' }),
 * ];
 * const responses = await s.map(items, { size: 3 });
 */
export type MapItem = AsyncRequest | Request | PreparedRequest | string | URL;

/**
 * Called with an item that failed and its error; what it returns takes the item's place
 * (`null`/`undefined`: `null` in `map`, skipped in `imap`).
 * @example
 * const onFailure: ExceptionHandler<string> = (item, error) => `${String(item)} failed: ${String(error)}`;
 * const results = await s.map(urls, { exceptionHandler: onFailure }); // (Response | string | null)[]
 */
export type ExceptionHandler<T> = (
  item: MapItem,
  error: unknown,
) => T | null | undefined | Promise<T | null | undefined>;

/**
 * Options of map/imap: their own, and every request option as a default for the items.
 * @example
 * const results = await s.map(urls, { size: 8, timeout: 5_000, exceptionHandler: (item, error) => String(error) });
 */
export interface MapOptions<T = never> extends RequestOptions {
  /** Most requests in flight (default 10). */
  size?: number | undefined;
  /** Replaces a failure by what it returns (else a failure is `null` in `map`, skipped in `imap`). */
  exceptionHandler?: ExceptionHandler<T> | undefined;
  /** The first failure rejects (map) or throws (imap), and the requests still running are aborted. */
  throwOnError?: boolean | undefined;
  /** imap: yield in input order (at most `size` held back) instead of as they complete. */
  ordered?: boolean | undefined;
}

/**
 * What map/imap need from a session (a `Session` is one).
 * @example
 * // Map through a session that counts what it sends.
 * let sent = 0;
 * const counting: MapSession = {
 *   request(method, url, options) {
 *     sent++;
 *     return s.request(method, url, options);
 *   },
 *   send(prepared, options) {
 *     sent++;
 *     return s.send(prepared, options);
 *   },
 *   prepareRequest: (request) => s.prepareRequest(request),
 * };
 * await mapRequests(counting, urls, { size: 4 });
 */
export interface MapSession {
  /** Sends an item given as a URL or an `AsyncRequest`: `session.request`. */
  request(method: string, url: string | URL, options?: RequestOptions): Promise<Response>;
  /** Sends an item given as a `PreparedRequest` (or a `Request` once prepared): `session.send`. */
  send(prepared: PreparedRequest, options?: SessionSendOptions): Promise<Response>;
  /** Prepares an item given as a `Request` with the session's settings: `session.prepareRequest`. */
  prepareRequest(request: Request): PreparedRequest;
}

const DEFAULT_SIZE = 10;

/**
 * Sends every item, `size` at a time, and resolves to the results in input order.
 *
 * @throws TypeError for an unknown option, a `size` that is not a positive integer; with `throwOnError` the
 *   first error; the signal's reason when `signal` aborts.
 * @example
 * await using s = new Session();
 * const responses = await mapRequests(s, ['https://httpbin.org/get', 'https://httpbin.org/uuid'], { size: 2 });
 */
export async function mapRequests<T = never>(
  session: MapSession,
  items: Iterable<MapItem> | AsyncIterable<MapItem>,
  options: MapOptions<T> = {},
): Promise<(Response | T | null)[]> {
  const results: (Response | T | null)[] = [];
  const running = pool(session, items, options, false);
  try {
    for (let next = await running.next(); next !== null; next = await running.next()) {
      const { item, outcome } = next;
      if (outcome.ok) results[outcome.index] = outcome.value;
      else results[outcome.index] = (await handleFailure(item, outcome.error, options)) ?? null;
    }
  } finally {
    running.stop();
  }
  return results;
}

/**
 * Sends every item, `size` at a time, yielding each response as it completes (or in input
 * order with `ordered`); items are pulled lazily, so a generator of a million requests is
 * never materialised. Breaking out of the loop aborts what is in flight.
 *
 * @throws as {@link mapRequests}.
 * @example
 * await using s = new Session();
 * for await (const r of imapRequests(s, urls, { size: 16, ordered: true })) console.log(r.url, r.statusCode);
 */
export async function* imapRequests<T = never>(
  session: MapSession,
  items: Iterable<MapItem> | AsyncIterable<MapItem>,
  options: MapOptions<T> = {},
): AsyncGenerator<Response | T, void, undefined> {
  const running = pool(session, items, options, options.ordered === true);
  try {
    for (let next = await running.next(); next !== null; next = await running.next()) {
      const { item, outcome } = next;
      if (outcome.ok) {
        yield outcome.value;
        continue;
      }
      const replaced = await handleFailure(item, outcome.error, options);
      if (replaced != null) yield replaced;
    }
  } finally {
    running.stop();
  }
}

function pool<T>(
  session: MapSession,
  items: Iterable<MapItem> | AsyncIterable<MapItem>,
  given: MapOptions<T>,
  ordered: boolean,
): RequestPool<MapItem, Response> {
  // Hook lists read once (a generator would be used up by the check, then shared by every item).
  const options = materializeHooks(given);
  // Before anything is sent: a misspelt option would otherwise fail every item, each a null.
  checkOptions(options, MAP_OPTIONS);
  const size = options.size ?? DEFAULT_SIZE;
  if (!Number.isInteger(size) || size < 1)
    throw new TypeError(`map size must be a positive integer, got ${String(size)}`);
  if (items == null || (!(Symbol.iterator in Object(items)) && !(Symbol.asyncIterator in Object(items))))
    throw new TypeError(`map items must be an array or an iterable, got ${String(items)}`);
  const { size: _s, exceptionHandler: _e, throwOnError: _t, ordered: _o, signal, ...defaults } = options;
  const start = (item: MapItem, itemSignal: AbortSignal) =>
    sendItem(session, item, { ...defaults, signal: itemSignal });
  return new RequestPool(items, size, ordered, start, signal ?? null);
}

async function handleFailure<T>(
  item: MapItem,
  error: unknown,
  options: MapOptions<T>,
): Promise<T | null | undefined> {
  if (options.throwOnError) throw error;
  return options.exceptionHandler === undefined ? null : options.exceptionHandler(item, error);
}

/** Sends one item with the map's defaults (the item's own options win). */
function sendItem(session: MapSession, item: MapItem, defaults: RequestOptions): Promise<Response> {
  if (typeof item === 'string' || item instanceof URL) return session.request('GET', item, defaults);
  if (item instanceof AsyncRequest) return item.send(session, defaults);
  if (isPrepared(item)) return session.send(item, transportOf(defaults));
  if (isRequest(item)) return session.send(session.prepareRequest(item), transportOf(defaults));
  return Promise.reject(
    new TypeError(
      `map items must be AsyncRequest, Request, PreparedRequest or URL strings, got ${String(item)}`,
    ),
  );
}

// Duck-typed, so items from another copy of @reqs/core are accepted too.
function isPrepared(item: object): item is PreparedRequest {
  return typeof (item as Partial<PreparedRequest>).prepareMethod === 'function';
}
function isRequest(item: object): item is Request {
  return typeof (item as Partial<Request>).prepare === 'function';
}

/** The map's defaults that reach an already-built request: those of sending, `cache` included. */
function transportOf(options: RequestOptions): SessionSendOptions {
  const { stream, timeout, verify, cert, proxies, allowRedirects, signal, cache } = options;
  return { stream, timeout, verify, cert, proxies, allowRedirects, signal, cache };
}
