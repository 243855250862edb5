/** Dynamic data: /delay/{n}, /base64/{value}, /links/{n}[/{offset}]. */
import type { Exchange } from '../exchange.js';
import { decodeUtf8 } from '../json-safe.js';
import { sendRedirect } from '../redirect.js';
import { sendHtml, sendJson, sendText } from '../reply.js';
import { requestDict } from '../request-dict.js';
import { ANY_METHOD, type Route, route } from '../router.js';
import { closeSignal, pause } from '../stream-writer.js';

async function delay(ex: Exchange): Promise<void> {
  const seconds = Number(ex.params.delay);
  if (!Number.isFinite(seconds)) return sendText(ex.res, 'delay must be a number of seconds', 400);
  // httpbin caps the delay at 10 seconds; fractions are fine.
  await pause(Math.min(Math.max(seconds, 0), 10) * 1000, closeSignal(ex.res));
  sendJson(ex.res, await requestDict(ex, ['url', 'args', 'form', 'data', 'origin', 'headers', 'files']));
}

function base64(ex: Exchange): void {
  const value = ex.params.value!;
  // urlsafe_b64decode: `-`/`_` alphabet (standard characters accepted too), then UTF-8.
  const text = /^[A-Za-z0-9+/_-]*={0,2}$/.test(value)
    ? decodeUtf8(Buffer.from(value, 'base64url'))
    : undefined;
  sendHtml(ex.res, text ?? 'Incorrect Base64 data try: SFRUUEJJTiBpcyBhd2Vzb21l');
}

function linkPage(ex: Exchange): void {
  const n = Math.min(Math.max(1, Number(ex.params.n)), 200);
  const offset = Number(ex.params.offset);
  const links: string[] = [];
  for (let i = 0; i < n; i++) links.push(i === offset ? `${i} ` : `<a href='/links/${n}/${i}'>${i}</a> `);
  sendHtml(ex.res, `<html><head><title>Links</title></head><body>${links.join('')}</body></html>`);
}

/** The dynamic-data routes. */
export const dynamicRoutes: Route[] = [
  route(ANY_METHOD, '/delay/{delay}', delay),
  route('GET', '/base64/{value}', base64),
  route('GET', '/links/{n:int}', (ex) => sendRedirect(ex.res, `/links/${ex.params.n}/0`)),
  route('GET', '/links/{n:int}/{offset:int}', linkPage),
];
