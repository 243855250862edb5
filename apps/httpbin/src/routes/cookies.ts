/** Cookie routes: read them, set them (then 302 to /cookies), delete them. */
import { setCookie } from '../cookie-header.js';
import type { Exchange } from '../exchange.js';
import { firstValues } from '../multi-dict.js';
import { sendRedirect } from '../redirect.js';
import { sendJson } from '../reply.js';
import { type Route, route } from '../router.js';

// Analytics cookies of the hosted httpbin, hidden unless the query has `show_env`.
const ENV_COOKIES = [
  '_gauges_unique',
  '_gauges_unique_year',
  '_gauges_unique_month',
  '_gauges_unique_day',
  '_gauges_unique_hour',
  '__utmz',
  '__utma',
  '__utmb',
];

function viewCookies(ex: Exchange): void {
  const cookies = ex.cookies();
  if (!ex.query.has('show_env')) for (const name of ENV_COOKIES) cookies.delete(name);
  sendJson(ex.res, { cookies: Object.fromEntries(cookies) });
}

function redirectWithCookies(ex: Exchange, cookies: string[]): void {
  sendRedirect(ex.res, '/cookies', 302, { 'Set-Cookie': cookies });
}

function setFromQuery(ex: Exchange): void {
  const cookies = [...firstValues(ex.query)].map(([n, v]) => setCookie(n, v, { secure: ex.secure }));
  redirectWithCookies(ex, cookies);
}

function setOne(ex: Exchange): void {
  redirectWithCookies(ex, [setCookie(ex.params.name!, ex.params.value!, { secure: ex.secure })]);
}

function deleteFromQuery(ex: Exchange): void {
  redirectWithCookies(
    ex,
    [...firstValues(ex.query).keys()].map((name) => setCookie(name, '', { expire: true })),
  );
}

/** The cookie routes. */
export const cookieRoutes: Route[] = [
  route('GET', '/cookies', viewCookies),
  route('GET', '/cookies/set', setFromQuery),
  route('GET', '/cookies/set/{name}/{value}', setOne),
  route('GET', '/cookies/delete', deleteFromQuery),
];
