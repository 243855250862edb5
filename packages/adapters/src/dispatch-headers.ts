// The prepared headers as undici's flat [name, value, …] list, minus what undici frames itself.
import type { CaseInsensitiveDict } from '@reqs/core';

/**
 * Copies `headers` for undici, keeping names' case:
 * - `Transfer-Encoding` is dropped: undici chunks a body of unknown length itself (the
 *   prepared request says chunked exactly then), and refuses the header;
 * - `Expect` is dropped: undici does not do `100-continue` on HTTP/1.1 (and refuses the
 *   header); the body is sent at once, as Python's http.client does;
 * - `Keep-Alive` is dropped (undici manages the connection);
 * - `Proxy-Authorization` is kept only when `keepProxyAuthorization` (a forwarding proxy, or
 *   no proxy at all, as Requests): never through a tunnel or to a unix socket;
 * - with `http2`, the connection-specific headers HTTP/2 forbids (RFC 9113 §8.2.2) are
 *   dropped too — `Connection`, `Proxy-Connection`, `Upgrade`, `TE` other than `trailers` —
 *   as they mean nothing on HTTP/1.1 either (keep-alive is its default);
 * - `extra` pairs (Host and Proxy-Authorization for a forwarding proxy) are added when the
 *   request does not set them.
 */
export function dispatchHeaders(
  headers: CaseInsensitiveDict<string>,
  keepProxyAuthorization: boolean,
  extra: readonly string[] | null,
  http2 = false,
): string[] {
  const out: string[] = [];
  for (const [name, value] of headers) {
    if (http2 && isConnectionSpecific(name, value)) continue;
    if (name.length >= 6 && name.length <= 19) {
      const lower = name.toLowerCase();
      if (lower === 'transfer-encoding' || lower === 'keep-alive' || lower === 'expect') continue;
      if (lower === 'proxy-authorization' && !keepProxyAuthorization) continue;
    }
    out.push(name, value);
  }
  if (extra !== null) {
    for (let i = 0; i < extra.length; i += 2) {
      if (!headers.has(extra[i]!)) out.push(extra[i]!, extra[i + 1]!);
    }
  }
  return out;
}

const CONNECTION_SPECIFIC = new Set([
  'connection',
  'proxy-connection',
  'upgrade',
  'keep-alive',
  'transfer-encoding',
]);

function isConnectionSpecific(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'te') return value.trim().toLowerCase() !== 'trailers';
  return CONNECTION_SPECIFIC.has(lower);
}
