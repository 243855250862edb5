/**
 * Many requests at once, module-level (Requests 0.x's `requests.async`, grequests): unsent
 * `AsyncRequest`s, and `map`/`imap` on one fresh Session whose pools hold `size` connections.
 */
import { HTTPAdapter } from '@reqs/adapters';
import type { Response } from '@reqs/core';
import { AsyncRequest, type MapItem, type MapOptions, type RequestOptions } from '@reqs/session';
import { request } from './api.js';
import { Session } from './session.js';

// Module-level AsyncRequests sent alone go through `request` (a fresh Session each).
const moduleSender = { request };

/** A Session for one map: HTTPAdapter pools sized to keep `size` connections alive. */
function mapSession(size: number | undefined): Session {
  const session = new Session();
  const adapter = new HTTPAdapter({ poolMaxsize: Math.max(10, size ?? 10) });
  session.mount('https://', adapter);
  session.mount('http://', adapter);
  return session;
}

/** Closes the map's Session: at once, or (stream: true) when the bodies are consumed. */
async function release(session: Session, options: MapOptions<unknown> | undefined): Promise<void> {
  if (options?.stream === true) void session.close().catch(() => {});
  else await session.close();
}

/**
 * Sends every item (`AsyncRequest`s, `Request`s, `PreparedRequest`s or URLs, from an array or
 * any sync or async iterable, pulled lazily) `size` at a time on one fresh Session, and
 * resolves to the results in input order (a failure is `null`, or what `exceptionHandler`
 * returns). See `Session.map`.
 *
 * @example
 * const rs = urls.map((u) => requests.async.get(u));
 * const responses = await requests.map(rs, { size: 10 });
 */
export async function map<T = never>(
  items: Iterable<MapItem> | AsyncIterable<MapItem>,
  options?: MapOptions<T>,
): Promise<(Response | T | null)[]> {
  const session = mapSession(options?.size);
  try {
    return await session.map(items, options);
  } finally {
    await release(session, options);
  }
}

/**
 * Yields each response as it completes (in input order with `ordered: true`), `size` at a
 * time on one fresh Session closed when the loop ends. See `Session.imap`.
 *
 * @example
 * for await (const r of requests.imap(urls, { size: 64 })) console.log(r.statusCode);
 */
export async function* imap<T = never>(
  items: Iterable<MapItem> | AsyncIterable<MapItem>,
  options?: MapOptions<T>,
): AsyncGenerator<Response | T, void, undefined> {
  const session = mapSession(options?.size);
  try {
    yield* session.imap(items, options);
  } finally {
    await release(session, options);
  }
}

function unsent(method: string) {
  return (url: string | URL, options?: RequestOptions): AsyncRequest =>
    new AsyncRequest(method, url, options, moduleSender);
}

/**
 * The verbs, unsent: each returns an `AsyncRequest` to `send()` later or hand to `map`/`imap`
 * (Requests 0.x's `requests.async`).
 *
 * @example
 * const rs = [requests.async.get(a), requests.async.post(b, { json: { x: 1 } })];
 * const [ra, rb] = await requests.async.map(rs);
 */
export const asyncApi = {
  request: (method: string, url: string | URL, options?: RequestOptions): AsyncRequest =>
    new AsyncRequest(method, url, options, moduleSender),
  get: unsent('GET'),
  options: unsent('OPTIONS'),
  head: (url: string | URL, options: RequestOptions = {}): AsyncRequest =>
    new AsyncRequest(
      'HEAD',
      url,
      { ...options, allowRedirects: options.allowRedirects ?? false },
      moduleSender,
    ),
  post: unsent('POST'),
  put: unsent('PUT'),
  patch: unsent('PATCH'),
  delete: unsent('DELETE'),
  map,
  imap,
} as const;
