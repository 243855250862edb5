// The start line and headers of a message, as HTTPie prints them.
import type { Paint } from './paint.js';

/** Header lines `Name: value`, optionally sorted by name (stable for repeats). */
export function formatHeaders(headers: Iterable<[string, string]>, sort: boolean, paint: Paint): string {
  const list = [...headers];
  if (sort)
    list.sort(([a], [b]) =>
      a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
    );
  return list.map(([name, value]) => `${paint.cyan(name)}: ${value}`).join('\n');
}

/** `GET /path?q HTTP/1.1`. */
export function formatRequestLine(method: string, target: string, paint: Paint): string {
  return `${paint.green(method)} ${paint.cyan(target)} ${paint.blue('HTTP/1.1')}`;
}

/** `HTTP/1.1 200 OK`, the status colored by its class. */
export function formatStatusLine(version: string, status: number, reason: string, paint: Paint): string {
  const color =
    status >= 500 ? paint.red : status >= 400 ? paint.red : status >= 300 ? paint.yellow : paint.green;
  return `${paint.blue(`HTTP/${version}`)} ${color(`${status} ${reason}`)}`;
}
