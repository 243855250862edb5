/** Request headers over session headers (Requests' merge_setting with a CaseInsensitiveDict). */
import { CaseInsensitiveDict, type HeadersInit } from '@reqs/core';

/**
 * A new dict holding the session's headers, then the request's (replacing the same name in
 * any casing, with the request's casing). Entries whose value is `null` (on either side)
 * are removed: a request removes a session header by setting it to `null`.
 *
 * @example
 * mergeHeaders({ Accept: null, 'X-A': '1' }, session.headers); // no Accept, X-A: 1
 */
export function mergeHeaders(
  requestHeaders: HeadersInit | null | undefined,
  sessionHeaders: CaseInsensitiveDict<string | null> | null | undefined,
): CaseInsensitiveDict<string | null> {
  const merged = CaseInsensitiveDict.plain<string | null>(sessionHeaders);
  if (requestHeaders != null) {
    merged.update(requestHeaders as CaseInsensitiveDict<string | null>);
  }
  for (const [name, value] of merged) if (value == null) merged.delete(name);
  return merged;
}
