/** Small writers for complete responses: bytes, JSON the way httpbin prints it, HTML and plain text. */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

/** Response headers to set; an array value sends the header once per item. */
export type HeaderMap = Record<string, string | string[]>;

/** Writes a whole response with a Content-Length. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Uint8Array,
  headers: HeaderMap = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const out: OutgoingHttpHeaders = { ...headers, 'Content-Length': String(bytes.byteLength) };
  res.writeHead(status, out);
  res.end(bytes);
}

// Flask's jsonify sorts keys at every level; arrays keep their order.
function sortKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || Buffer.isBuffer(value))
    return value;
  const sorted: Record<string, unknown> = Object.create(null);
  for (const key of Object.keys(value).sort()) sorted[key] = (value as Record<string, unknown>)[key];
  return sorted;
}

/** Serialises like httpbin: sorted keys, two-space indent, trailing newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, sortKeys, 2)}\n`;
}

/** Sends `value` as `application/json`. */
export function sendJson(res: ServerResponse, value: unknown, status = 200, headers: HeaderMap = {}): void {
  send(res, status, toJson(value), { 'Content-Type': 'application/json', ...headers });
}

/** Sends `text/html; charset=utf-8`, Flask's type for a view that returns a string. */
export function sendHtml(res: ServerResponse, html: string, status = 200, headers: HeaderMap = {}): void {
  send(res, status, html, { 'Content-Type': 'text/html; charset=utf-8', ...headers });
}

/** Sends `text/plain; charset=utf-8`. */
export function sendText(res: ServerResponse, text: string, status = 200, headers: HeaderMap = {}): void {
  send(res, status, text, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
}
