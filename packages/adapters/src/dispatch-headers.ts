// The prepared headers as undici's flat [name, value, …] list, minus what undici frames itself.
import type { CaseInsensitiveDict } from '@reqs/core';

/** Headers for undici, and whether the request asked for `Expect: 100-continue`. */
export interface DispatchHeaders {
  headers: string[];
  expectContinue: boolean;
}

/**
 * Copies `headers` for undici, keeping names' case:
 * - `Transfer-Encoding` is dropped: undici chunks a body of unknown length itself (the
 *   prepared request says chunked exactly then), and refuses the header;
 * - `Expect: 100-continue` becomes undici's `expectContinue`;
 * - `Keep-Alive` is dropped (undici manages the connection);
 * - `Proxy-Authorization` is kept only when the request goes to a forwarding proxy
 *   (`keepProxyAuthorization`): it is for the proxy, never for an origin;
 * - `extra` pairs (Host and Proxy-Authorization for a forwarding proxy) are added when the
 *   request does not set them.
 */
export function dispatchHeaders(
  headers: CaseInsensitiveDict<string>,
  keepProxyAuthorization: boolean,
  extra: readonly string[] | null,
): DispatchHeaders {
  const out: string[] = [];
  let expectContinue = false;
  for (const [name, value] of headers) {
    if (name.length >= 6 && name.length <= 19) {
      const lower = name.toLowerCase();
      if (lower === 'transfer-encoding' || lower === 'keep-alive') continue;
      if (lower === 'expect') {
        expectContinue = value.trim().toLowerCase() === '100-continue';
        continue;
      }
      if (lower === 'proxy-authorization' && !keepProxyAuthorization) continue;
    }
    out.push(name, value);
  }
  if (extra !== null) {
    for (let i = 0; i < extra.length; i += 2) {
      if (!headers.has(extra[i]!)) out.push(extra[i]!, extra[i + 1]!);
    }
  }
  return { headers: out, expectContinue };
}
