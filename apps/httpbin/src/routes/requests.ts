/** Request inspection: the HTTP-method echo routes, /anything, /headers, /ip, /user-agent, /uuid. */
import { randomUUID } from 'node:crypto';
import type { Exchange } from '../exchange.js';
import { sendJson } from '../reply.js';
import { type DictKey, headersOf, requestDict } from '../request-dict.js';
import { ANY_METHOD, type Route, route } from '../router.js';

const GET_KEYS: readonly DictKey[] = ['url', 'args', 'headers', 'origin'];
const BODY_KEYS: readonly DictKey[] = ['url', 'args', 'form', 'data', 'origin', 'headers', 'files', 'json'];
const ANYTHING_KEYS: readonly DictKey[] = [...BODY_KEYS, 'method'];

/** A handler that answers with the request dict of `keys`. */
export function echo(keys: readonly DictKey[]): (ex: Exchange) => Promise<void> {
  return async (ex) => sendJson(ex.res, await requestDict(ex, keys));
}

/** GET-style echo: `url`, `args`, `headers`, `origin`. */
export const echoGet = echo(GET_KEYS);

/** The request-inspection routes. */
export const requestRoutes: Route[] = [
  route('GET', '/get', echoGet),
  route('POST', '/post', echo(BODY_KEYS)),
  route('PUT', '/put', echo(BODY_KEYS)),
  route('PATCH', '/patch', echo(BODY_KEYS)),
  route('DELETE', '/delete', echo(BODY_KEYS)),
  route(ANY_METHOD, '/anything', echo(ANYTHING_KEYS)),
  route(ANY_METHOD, '/anything/{anything:path}', echo(ANYTHING_KEYS)),
  route('GET', '/headers', async (ex) => sendJson(ex.res, await requestDict(ex, ['headers']))),
  route('GET', '/ip', (ex) => sendJson(ex.res, { origin: ex.origin })),
  route('GET', '/user-agent', (ex) =>
    sendJson(ex.res, { 'user-agent': headersOf(ex)['User-Agent'] ?? null }),
  ),
  route('GET', '/uuid', (ex) => sendJson(ex.res, { uuid: randomUUID() })),
];
