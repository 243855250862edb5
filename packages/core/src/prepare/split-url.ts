/** Splits a URL into its RFC 3986 components without normalizing them (urllib3's _URI_RE). */

/** The raw components of a URL; `null` when the component is absent. */
export interface UrlComponents {
  scheme: string | null;
  authority: string | null;
  path: string;
  query: string | null;
  fragment: string | null;
}

function isSchemeChar(c: number, first: boolean): boolean {
  const alpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (first) return alpha;
  return alpha || (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e; // + - .
}

/** The length of the scheme (`http` in `http://…`), or -1 when `url` does not start with one. */
function schemeLength(url: string): number {
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c === 0x3a) return i > 0 ? i : -1;
    if (!isSchemeChar(c, i === 0)) return -1;
  }
  return -1;
}

/**
 * `scheme:` `//authority` `path` `?query` `#fragment`. The authority ends at the first `/`,
 * `\`, `?` or `#`; the query at the first `#`.
 *
 * @example
 * splitUrl('http://h/p?q#f'); // { scheme: 'http', authority: 'h', path: '/p', query: 'q', fragment: 'f' }
 */
export function splitUrl(url: string): UrlComponents {
  const length = schemeLength(url);
  const scheme = length === -1 ? null : url.slice(0, length);
  let i = length + 1;
  let authority: string | null = null;
  if (url.startsWith('//', i)) {
    let end = i + 2;
    while (end < url.length) {
      const c = url.charCodeAt(end);
      if (c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) break; // / \ ? #
      end++;
    }
    authority = url.slice(i + 2, end);
    i = end;
  }
  const hash = url.indexOf('#', i);
  const fragment = hash === -1 ? null : url.slice(hash + 1);
  const rest = hash === -1 ? url.slice(i) : url.slice(i, hash);
  const question = rest.indexOf('?');
  return {
    scheme,
    authority,
    path: question === -1 ? rest : rest.slice(0, question),
    query: question === -1 ? null : rest.slice(question + 1),
    fragment,
  };
}
