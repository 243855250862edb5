/** The table of routes and received requests that failure messages show. */
import { type PreparedRequest, redactUrl } from '@reqs/core';
import { formatTable } from './format-table.js';
import type { MockCall } from './mock-call.js';
import type { MockRoute } from './mock-route.js';
import type { Miss } from './route-entry.js';

const NEAREST = 3;

function outcome(call: MockCall): string {
  if (call.response !== null) return `${call.response.statusCode}${call.passthrough ? ' (passthrough)' : ''}`;
  return call.error === null ? '?' : call.error.name;
}

/** Every route with its matchers, calls and budget; `flag` marks the rows a message is about. */
export function routeTable(
  routes: readonly MockRoute[],
  flag: (route: MockRoute) => string = () => '',
): string {
  if (routes.length === 0) return '  (no routes)';
  const rows = [['#', 'method', 'url', 'matchers', 'calls', 'times', '']];
  routes.forEach((route, i) => {
    const times = route.times === Number.POSITIVE_INFINITY ? 'any' : String(route.times);
    const matchers = route.matchers.length === 0 ? '-' : route.matchers.join(', ');
    rows.push([
      String(i + 1),
      route.method,
      route.url,
      matchers,
      String(route.callCount),
      times,
      flag(route),
    ]);
  });
  return formatTable(rows);
}

/** The requests received, oldest first, with what they got (at most the last 20). */
export function callList(calls: readonly MockCall[]): string {
  if (calls.length === 0) return '  (none)';
  const shown = calls.slice(-20);
  const lines = shown.map((c) => `  ${c.request.method} ${redactUrl(c.request.url)} → ${outcome(c)}`);
  if (calls.length > shown.length) lines.unshift(`  … ${calls.length - shown.length} earlier`);
  return lines.join('\n');
}

/** An assertion's message: the headline, the flagged route table, the requests received. */
export function assertionMessage(
  headline: string,
  routes: readonly MockRoute[],
  flag: (route: MockRoute) => string,
  calls: readonly MockCall[],
): string {
  return `${headline}:\n${routeTable(routes, flag)}\nRequests received:\n${callList(calls)}`;
}

/** NoMockAddress's message: the request, the nearest routes and why each missed, every route. */
export function noMatchMessage(
  request: PreparedRequest,
  misses: readonly Miss[],
  routes: readonly MockRoute[],
): string {
  const nearest = misses.toSorted((a, b) => b.nearness - a.nearness).slice(0, NEAREST);
  const lines = [`No mock route matches ${request.method} ${redactUrl(request.url)}`];
  if (nearest.length === 0) return [...lines, 'No routes are registered.'].join('\n');
  lines.push('Nearest routes:');
  for (const miss of nearest) lines.push(`  ${miss.entry.route.toString()} — ${miss.reason}`);
  lines.push('Routes:', routeTable(routes));
  return lines.join('\n');
}
