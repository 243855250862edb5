/** The request target of a URL: path and query, without the fragment (Requests' path_url). */

/**
 * The path and query of `url` as sent in the request line; `/` when the path is empty.
 *
 * @example
 * pathUrl('http://example.com/a?b=1#c'); // '/a?b=1'
 */
export function pathUrl(url: string): string {
  const hierarchy = url.indexOf('//');
  let start = 0;
  if (hierarchy !== -1 && hierarchy === url.indexOf(':') + 1) {
    start = hierarchy + 2;
    while (start < url.length) {
      const c = url.charCodeAt(start);
      if (c === 0x2f || c === 0x3f || c === 0x23) break; // / ? #
      start++;
    }
  }
  let end = url.indexOf('#', start);
  if (end === -1) end = url.length;
  const target = url.slice(start, end);
  return target.charCodeAt(0) === 0x2f ? target : `/${target}`;
}
