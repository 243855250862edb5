// The prepared headers as fetch takes them: hop-by-hop framing left to fetch, overrides it cannot honour refused.
import type { PreparedRequest } from '@reqs/core';
import { refusal } from './refuse-unsupported.js';

/** Connection management and chunked framing belong to fetch: these are dropped, not sent. */
const MANAGED_BY_FETCH: ReadonlySet<string> = new Set(['connection', 'keep-alive', 'transfer-encoding']);

/**
 * The request's header lines, in order, as `[name, value]` pairs for `fetch`. `Connection`,
 * `Keep-Alive` and `Transfer-Encoding: chunked` are dropped (fetch frames the body and keeps
 * the connection itself). `Host` other than the URL's, `Expect` and `Upgrade` are refused:
 * fetch would silently ignore the first and rejects the others.
 *
 * @throws FetchUnsupportedError for one of those headers.
 */
export function fetchHeaders(request: PreparedRequest, url: URL): [string, string][] {
  const lines: [string, string][] = [];
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (MANAGED_BY_FETCH.has(lower)) {
      if (lower === 'transfer-encoding' && value.trim().toLowerCase() !== 'chunked') {
        throw refusal(request, `Transfer-Encoding: ${value} cannot be sent through fetch`);
      }
      continue;
    }
    if (lower === 'host') {
      if (value.toLowerCase() === url.host.toLowerCase()) continue;
      throw refusal(
        request,
        `a Host header (${value}) other than the URL's host (${url.host}) was given, but fetch always sends the URL's host`,
      );
    }
    if (lower === 'expect' || lower === 'upgrade') {
      throw refusal(request, `the ${name} header is not supported by fetch`);
    }
    lines.push([name, value]);
  }
  return lines;
}
