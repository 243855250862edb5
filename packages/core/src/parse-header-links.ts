/** parseHeaderLinks: the `Link` header as Requests' `parse_header_links` reads it. */
import { stripChars } from './strip-chars.js';

/**
 * One link of a `Link` header: its URL and its parameters (`rel`, `type`, …). The index
 * signature admits `undefined` so that `rel?` type-checks in consumers without
 * `exactOptionalPropertyTypes` (TS2411 otherwise).
 *
 * @example
 * ```ts
 * import type { HeaderLink } from '@reqs/core';
 *
 * const next: HeaderLink | undefined = r.links.next;
 * if (next) console.log(next.url, next.rel, next.type);
 * ```
 */
export interface HeaderLink {
  /** The link's target, without its angle brackets. */
  url: string;
  /** The relation of the target to the resource (`next`, `last`, `preload`…), when given. */
  rel?: string;
  /** Any other parameter of the link (`type`, `title`, `anchor`…), by name. */
  [param: string]: string | undefined;
}

const QUOTES_AND_SPACE = ` '"`;

/**
 * Parses a `Link` header into links, in order. Each link is a prototype-free record, so
 * `__proto__` or `constructor` as a parameter name is just a key. Linear in the input.
 *
 * @example
 * parseHeaderLinks('<http://x/?page=2>; rel="next", <http://x/?page=5>; rel="last"');
 * // [{ url: 'http://x/?page=2', rel: 'next' }, { url: 'http://x/?page=5', rel: 'last' }]
 */
export function parseHeaderLinks(value: string): HeaderLink[] {
  const links: HeaderLink[] = [];
  const trimmed = stripChars(value, QUOTES_AND_SPACE);
  if (!trimmed) return links;
  for (const part of splitLinks(trimmed)) {
    const semicolon = part.indexOf(';');
    const url = semicolon === -1 ? part : part.slice(0, semicolon);
    const link: HeaderLink = Object.create(null);
    link.url = stripChars(url, `<> '"`);
    if (semicolon !== -1) addParams(link, part.slice(semicolon + 1));
    links.push(link);
  }
  return links;
}

/** Python's `re.split(", *<", value)`: splits before each `<` that follows a comma and spaces. */
function splitLinks(value: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let comma = value.indexOf(',');
  while (comma !== -1) {
    let next = comma + 1;
    while (value[next] === ' ') next++;
    if (value[next] === '<') {
      parts.push(value.slice(start, comma));
      start = next + 1;
    }
    comma = value.indexOf(',', next);
  }
  parts.push(value.slice(start));
  return parts;
}

/** `; key=value; …` — stops at the first parameter that is not exactly one `key=value`, as Requests. */
function addParams(link: HeaderLink, params: string): void {
  for (const param of params.split(';')) {
    const equals = param.indexOf('=');
    if (equals === -1 || param.indexOf('=', equals + 1) !== -1) break;
    const key = stripChars(param.slice(0, equals), QUOTES_AND_SPACE);
    link[key] = stripChars(param.slice(equals + 1), QUOTES_AND_SPACE);
  }
}
