/** Error pages in Flask's shape: a tiny HTML document with the status in the title. */
import type { ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import { type HeaderMap, sendHtml } from './reply.js';

/** A request the server refuses: the router answers with `status` and the message. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;

  constructor(status: number, message: string, options?: ErrorOptions) {
    super(message, options);
    this.status = status;
  }
}

/** Sends an HTML error page for `status`, with an optional explanation. */
export function sendError(res: ServerResponse, status: number, message = '', headers: HeaderMap = {}): void {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`;
  const html = `<!doctype html>\n<title>${title}</title>\n<h1>${STATUS_CODES[status] ?? 'Error'}</h1>\n<p>${escapeHtml(message)}</p>\n`;
  sendHtml(res, html, status, headers);
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
