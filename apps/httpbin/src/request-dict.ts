/** httpbin's `get_dict`: the request described as JSON under the keys a route asks for. */
import type { Exchange } from './exchange.js';
import { semiflatten } from './multi-dict.js';
import { requestHeaders } from './request-headers.js';

/** The keys httpbin can report. */
export type DictKey = 'url' | 'args' | 'form' | 'data' | 'origin' | 'headers' | 'files' | 'json' | 'method';

/** Request headers, hiding proxy headers unless the query has `show_env`. */
export function headersOf(ex: Exchange): Record<string, string> {
  return requestHeaders(ex.req, ex.query.has('show_env'));
}

/** Builds the object with exactly `keys`, reading the body only when a body key is asked for. */
export async function requestDict(ex: Exchange, keys: readonly DictKey[]): Promise<Record<string, unknown>> {
  const needsBody = keys.some((key) => key === 'form' || key === 'data' || key === 'files' || key === 'json');
  const body = needsBody ? await ex.body() : undefined;
  const all: Record<DictKey, () => unknown> = {
    url: () => ex.url,
    args: () => semiflatten(ex.query),
    form: () => semiflatten(body!.form),
    data: () => body!.data,
    origin: () => ex.origin,
    headers: () => headersOf(ex),
    files: () => semiflatten(body!.files),
    json: () => body!.json,
    method: () => ex.method,
  };
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = all[key]();
  return out;
}
