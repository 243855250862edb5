/** The table of routes and received requests that failure messages show. */
import { redactUrl } from '@reqs/core';
import { formatTable } from './format-table.js';
import type { MockCall } from './mock-call.js';
import type { MockRoute } from './mock-route.js';

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
