/** httpbin's `status_code(code)`: an empty response, or a special body and headers for some codes. */
import type { ServerResponse } from 'node:http';
import { TEAPOT } from './content/ascii-art.js';
import { type HeaderMap, send, toJson } from './reply.js';

/** Media types `/image` can serve; the 406 body lists them. */
export const ACCEPTED_MEDIA_TYPES = ['image/webp', 'image/svg+xml', 'image/jpeg', 'image/png', 'image/*'];

interface Special {
  body?: string;
  headers: HeaderMap;
}

const REDIRECT: Special = { headers: { Location: '/redirect/1' } };

const SPECIAL: Record<number, Special> = {
  301: REDIRECT,
  302: REDIRECT,
  303: REDIRECT,
  305: REDIRECT,
  307: REDIRECT,
  401: { headers: { 'WWW-Authenticate': 'Basic realm="Fake Realm"' } },
  402: { body: 'Payment required. Pay me!', headers: { 'X-More-Info': 'http://vimeo.com/22053820' } },
  406: {
    body: toJson({ message: 'Client did not request a supported media type.', accept: ACCEPTED_MEDIA_TYPES }),
    headers: { 'Content-Type': 'application/json' },
  },
  407: { headers: { 'Proxy-Authenticate': 'Basic realm="Fake Realm"' } },
  418: { body: TEAPOT, headers: { 'X-More-Info': 'http://tools.ietf.org/html/rfc2324' } },
};

/**
 * Sends `code` as httpbin does: codes with a special entry get exactly its headers (no Content-Type
 * unless listed) and body; any other code is an empty `text/html; charset=utf-8` response.
 */
export function sendStatus(res: ServerResponse, code: number, extra: HeaderMap = {}): void {
  const special = SPECIAL[code];
  if (special) send(res, code, special.body ?? '', { ...special.headers, ...extra });
  else send(res, code, '', { 'Content-Type': 'text/html; charset=utf-8', ...extra });
}
