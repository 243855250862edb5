/** Redirect routes: /redirect/{n}, /relative-redirect/{n}, /absolute-redirect/{n}, /redirect-to. */
import type { Exchange } from '../exchange.js';
import { sendError } from '../http-error.js';
import { latin1Header, sendRedirect } from '../redirect.js';
import { send } from '../reply.js';
import { ANY_METHOD, type Route, route } from '../router.js';

function count(ex: Exchange): number | undefined {
  const n = Number(ex.params.n);
  if (n > 0) return n;
  sendError(ex.res, 400, 'n must be a positive integer');
  return undefined;
}

// Each hop points at the next one; the last hop points at /get.
function nextHop(kind: 'relative' | 'absolute', n: number): string {
  return n === 1 ? '/get' : `/${kind}-redirect/${n - 1}`;
}

function redirectN(ex: Exchange): void {
  const n = count(ex);
  if (n === undefined) return;
  const absolute = (ex.query.get('absolute') ?? 'false').toLowerCase() === 'true';
  const path = nextHop(absolute ? 'absolute' : 'relative', n);
  sendRedirect(ex.res, absolute ? ex.base + path : path);
}

function relativeRedirect(ex: Exchange): void {
  const n = count(ex);
  if (n === undefined) return;
  // httpbin builds this one by hand: empty body, relative Location.
  send(ex.res, 302, '', { 'Content-Type': 'text/html; charset=utf-8', Location: nextHop('relative', n) });
}

function absoluteRedirect(ex: Exchange): void {
  const n = count(ex);
  if (n !== undefined) sendRedirect(ex.res, ex.base + nextHop('absolute', n));
}

// httpbin reads `url` and `status_code` case-insensitively from the query; a form body also works.
async function redirectParams(ex: Exchange): Promise<Map<string, string>> {
  const params = new Map<string, string>();
  const body = ex.method === 'GET' || ex.method === 'HEAD' ? [] : (await ex.body()).form;
  for (const [name, value] of [...body, ...ex.query]) params.set(name.toLowerCase(), value);
  return params;
}

async function redirectTo(ex: Exchange): Promise<void> {
  const params = await redirectParams(ex);
  const url = params.get('url');
  if (url === undefined) return sendError(ex.res, 400, 'missing the url parameter');
  const code = Number(params.get('status_code'));
  const status = Number.isInteger(code) && code >= 300 && code < 400 ? code : 302;
  // The Location is the exact string supplied, not normalised.
  send(ex.res, status, '', { 'Content-Type': 'text/html; charset=utf-8', Location: latin1Header(url) });
}

/** The redirect routes. */
export const redirectRoutes: Route[] = [
  route('GET', '/redirect/{n:int}', redirectN),
  route('GET', '/relative-redirect/{n:int}', relativeRedirect),
  route('GET', '/absolute-redirect/{n:int}', absoluteRedirect),
  route(ANY_METHOD, '/redirect-to', redirectTo),
];
