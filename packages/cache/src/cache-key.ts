/** Cache keys: method + URL, the fragment and ignored (auth-looking) query parameters removed. */

/**
 * The URL as stored and keyed: fragment dropped, `ignored` query parameters removed (the rest
 * kept in order, as sent). Returns the input itself when there is nothing to remove (the hot path).
 */
export function cacheUrl(url: string, ignored: ReadonlySet<string>): string {
  const hash = url.indexOf('#');
  const bare = hash === -1 ? url : url.slice(0, hash);
  const query = bare.indexOf('?');
  if (query === -1 || ignored.size === 0) return bare;
  const kept: string[] = [];
  let removed = false;
  for (const pair of bare.slice(query + 1).split('&')) {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    if (ignored.has(safeDecode(name))) removed = true;
    else kept.push(pair);
  }
  if (!removed) return bare;
  const base = bare.slice(0, query);
  return kept.length === 0 ? base : `${base}?${kept.join('&')}`;
}

/** The store key of a method and a cache URL: `GET https://example.org/a`. */
export function cacheKey(method: string, url: string): string {
  return `${method} ${url}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
