/** Flask's `redirect()`: a 302 with a Location header and a short HTML body pointing at it. */
import type { ServerResponse } from 'node:http';
import { escapeHtml } from './http-error.js';
import { type HeaderMap, sendHtml } from './reply.js';

/** Header values go out as latin-1: pass UTF-8 bytes through, as werkzeug sends them. */
export function latin1Header(value: string): string {
  return Buffer.from(value, 'utf8').toString('latin1');
}

/** Sends a redirect to `location` (kept exactly as given) with an HTML body that links to it. */
export function sendRedirect(
  res: ServerResponse,
  location: string,
  status = 302,
  headers: HeaderMap = {},
): void {
  const href = escapeHtml(location);
  const html = `<!doctype html>\n<title>Redirecting...</title>\n<h1>Redirecting...</h1>\n<p>You should be redirected automatically to the target URL: <a href="${href}">${href}</a>. If not, click the link.</p>\n`;
  sendHtml(res, html, status, { ...headers, Location: latin1Header(location) });
}
