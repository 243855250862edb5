/** The `Location` of a redirect, as Requests' get_redirect_target. */
import { encodeLatin1, type Response } from '@reqs/core';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The `Location` of a redirect response, or null when `response` is not a redirect (a 301,
 * 302, 303, 307 or 308 with `Location`); with several `Location` fields, the first. Header bytes arrive decoded as latin-1; as Requests
 * does, they are re-read as UTF-8 when they form valid UTF-8 (servers send UTF-8 far more
 * often than latin-1), else kept as they are.
 *
 * @example
 * // Location: /caf\u00c3\u00a9 (the UTF-8 bytes of "café" read as latin-1)
 * getRedirectTarget(r); // '/café'
 */
export function getRedirectTarget(response: Response): string | null {
  if (!response.isRedirect) return null;
  // Two Location fields would be joined by `get` into one URL ("/a, /b") that no server meant:
  // the first one is followed (hardening, docs/robustness.md).
  const location = response.headers.getAll('location')[0];
  if (location === undefined) return null;
  return latin1ToUtf8(location);
}

/** Re-decodes a latin-1 string's bytes as UTF-8 when that is valid; else returns it unchanged. */
export function latin1ToUtf8(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) return text; // not latin-1 bytes: already decoded otherwise
    if (c > 0x7f) ascii = false;
  }
  if (ascii) return text;
  try {
    return utf8.decode(encodeLatin1(text));
  } catch {
    return text;
  }
}
