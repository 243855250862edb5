/** Response inspection: /cache, /cache/{n}, /etag/{etag}, /response-headers. */
import { randomUUID } from 'node:crypto';
import type { Exchange } from '../exchange.js';
import { sendError } from '../http-error.js';
import { latin1Header } from '../redirect.js';
import { type HeaderMap, send, toJson } from '../reply.js';
import { requestDict } from '../request-dict.js';
import { type Route, route } from '../router.js';
import { sendStatus } from '../status-response.js';

async function sendGet(ex: Exchange, headers: HeaderMap): Promise<void> {
  const body = toJson(await requestDict(ex, ['url', 'args', 'headers', 'origin']));
  send(ex.res, 200, body, { 'Content-Type': 'application/json', ...headers });
}

async function cache(ex: Exchange): Promise<void> {
  if (ex.header('if-modified-since') || ex.header('if-none-match')) return sendStatus(ex.res, 304);
  await sendGet(ex, { 'Last-Modified': new Date().toUTCString(), ETag: randomUUID().replaceAll('-', '') });
}

/** httpbin's parse_multi_value_header: `"a", W/"b", c` → `['a', 'b', 'c']`. */
export function parseEtags(header: string | undefined): string[] {
  if (!header) return [];
  return header.split(',').map((part) => part.trim().replace(/^W\//, '').replace(/^"|"$/g, ''));
}

async function etag(ex: Exchange): Promise<void> {
  const tag = ex.params.etag!;
  const ifNoneMatch = parseEtags(ex.header('if-none-match'));
  const ifMatch = parseEtags(ex.header('if-match'));
  if (ifNoneMatch.length > 0) {
    if (ifNoneMatch.includes(tag) || ifNoneMatch.includes('*')) return sendStatus(ex.res, 304, { ETag: tag });
  } else if (ifMatch.length > 0 && !ifMatch.includes(tag) && !ifMatch.includes('*')) {
    return sendStatus(ex.res, 412);
  }
  await sendGet(ex, { ETag: tag });
}

/**
 * Echoes the query as response headers (a repeated key sends the header once per value) and as the
 * JSON body, which lists every header of the response — including its own Content-Length, so the
 * length is iterated to a fixed point as httpbin does. A `Content-Type` in the query replaces ours.
 */
function responseHeaders(ex: Exchange): void {
  const headers: Record<string, string[]> = Object.create(null);
  for (const [name, value] of ex.query) {
    headers[name] ??= [];
    headers[name].push(latin1Header(value));
  }
  const typeKey = Object.keys(headers).find((name) => name.toLowerCase() === 'content-type');
  if (!typeKey) headers['Content-Type'] = ['application/json'];
  let length = 0;
  let body = '';
  for (let round = 0; round < 10; round++) {
    const shown: Record<string, string | string[]> = { ...headers, 'Content-Length': String(length) };
    for (const [name, values] of Object.entries(headers))
      shown[name] = values.length === 1 ? values[0]! : values;
    body = toJson(shown);
    if (Buffer.byteLength(body) === length) break;
    length = Buffer.byteLength(body);
  }
  try {
    send(ex.res, 200, body, headers);
  } catch (error) {
    sendError(ex.res, 400, `invalid header in the query: ${(error as Error).message}`);
  }
}

/** The caching and header routes. */
export const cacheRoutes: Route[] = [
  route('GET', '/cache', cache),
  route('GET', '/cache/{value:int}', (ex) =>
    sendGet(ex, { 'Cache-Control': `public, max-age=${ex.params.value}` }),
  ),
  route('GET', '/etag/{etag}', etag),
  route(['GET', 'POST'], '/response-headers', responseHeaders),
];
