/** getUnicodeFromResponse: a response body as text (Requests' utils.get_unicode_from_response). */
import { decodeText } from './decode-text.js';
import type { Response } from './response.js';

/**
 * The body of `r` as text: `r.content` decoded with `r.encoding` (the `Content-Type` charset
 * unless you set another), undecodable bytes replaced with U+FFFD; with no encoding, or one
 * nobody knows, as UTF-8 with replacement — Requests' two tries, "charset from content-type",
 * then "fall back and replace". Unlike `r.text` it never guesses from the bytes
 * (`apparentEncoding`). `null` for a bare `new Response()` that has no body.
 *
 * @throws RequestException when the body was requested with `stream: true` and not read yet;
 *   StreamConsumedError when it was streamed away.
 * @example
 * const r = await requests.get(url); // Content-Type: text/plain; charset=utf-8
 * utils.getUnicodeFromResponse(r); // 'héllo'
 */
export function getUnicodeFromResponse(r: Response): string | null {
  const content = r.content as Uint8Array | null;
  if (content === null) return null;
  return decodeText(content, r.encoding ?? 'utf-8', r.charsetDetector);
}
