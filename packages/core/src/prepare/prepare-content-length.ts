/** Content-Length for a body whose size is known (Requests' prepare_content_length). */
import type { PreparedBody } from '../body.js';
import type { CaseInsensitiveDict } from '../case-insensitive-dict.js';
import { superLen } from '../super-len.js';

/**
 * Sets `Content-Length` from `body` as Requests does: the size when it is known and non-zero;
 * with no body, `0` for methods other than GET and HEAD (unless already set). A body of
 * unknown or zero size keeps the `Transfer-Encoding: chunked` that `prepareBody` chose.
 * Nothing is set when the user asked for `Transfer-Encoding` (never both headers).
 */
export function prepareContentLength(
  headers: CaseInsensitiveDict<string>,
  method: string,
  body: PreparedBody | undefined,
): void {
  if (headers.has('Transfer-Encoding')) return;
  if (body != null) {
    const length = superLen(body);
    if (length) headers.set('Content-Length', String(length));
  } else if (method !== 'GET' && method !== 'HEAD' && !headers.has('Content-Length')) {
    headers.set('Content-Length', '0');
  }
}
