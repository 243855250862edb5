/** The request's headers as httpbin shows them: title-cased names, repeats joined, proxy headers hidden. */
import type { IncomingMessage } from 'node:http';

// Headers a hosting proxy adds; httpbin hides them unless the query has `show_env`.
const ENV_HEADERS = new Set([
  'x-varnish',
  'x-request-start',
  'x-heroku-queue-depth',
  'x-real-ip',
  'x-forwarded-proto',
  'x-forwarded-protocol',
  'x-forwarded-ssl',
  'x-heroku-queue-wait-time',
  'x-forwarded-for',
  'x-heroku-dynos-in-use',
  'x-forwarded-port',
  'x-request-id',
  'via',
  'total-route-time',
  'connect-time',
]);

/** Python's `str.title()` as werkzeug applies it: a letter after a non-letter is upper case. */
export function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[^a-z])([a-z])/g, (_m, before: string, letter: string) => {
    return before + letter.toUpperCase();
  });
}

/**
 * Builds `{ 'User-Agent': …, 'X-Custom': … }` from the raw headers. Repeated headers are joined
 * with `, ` (Cookie with `; `), like a WSGI server does.
 */
export function requestHeaders(req: IncomingMessage, showEnv = false): Record<string, string> {
  const joined = new Map<string, string>();
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = titleCase(raw[i]!);
    if (!showEnv && ENV_HEADERS.has(name.toLowerCase())) continue;
    const previous = joined.get(name);
    const separator = name === 'Cookie' ? '; ' : ', ';
    joined.set(name, previous === undefined ? raw[i + 1]! : previous + separator + raw[i + 1]!);
  }
  const out: Record<string, string> = Object.create(null);
  for (const [name, value] of joined) out[name] = value;
  return out;
}
