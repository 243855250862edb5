/** Matching a request URL: an exact URL or path, a pattern with `*` and `:param`, or a RegExp. */

/**
 * What a route's URL may be.
 * @example
 * mock.get('https://api.test/users/1', { json: {} }); // exact
 * mock.get('/health', { text: 'ok' }); // a path, on any host
 * mock.get('https://api.test/users/:id', { json: {} }); // a pattern with a parameter
 * mock.get(/\/v\d+\/status$/, { text: 'up' }); // a RegExp
 */
export type MockUrl = string | URL | RegExp;

/** The request URL, parsed once per request for every route to look at. */
export interface RequestUrl {
  /** The URL without its fragment. */
  readonly href: string;
  /** `scheme://host[:port]` (lower case, default port dropped). */
  readonly origin: string;
  readonly pathname: string;
  /** The query without `?` ('' when none). */
  readonly search: string;
  /** The query's pairs sorted, for order-insensitive comparison. */
  readonly sortedQuery: string;
}

/** A compiled URL matcher. */
export interface UrlMatcher {
  /** How the route shows in messages. */
  readonly label: string;
  /** The origin the route is for, when it names one (for ranking near misses). */
  readonly origin: string | null;
  /** The path the route names, or its literal prefix (for ranking near misses). */
  readonly path: string;
  /** The pattern's parameters when `url` matches, else null. */
  match(url: RequestUrl): Readonly<Record<string, string>> | null;
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

// Tests ask for the same few URLs again and again: parsed ones are kept (a bounded cache).
const parsedUrls = new Map<string, RequestUrl>();
const MAX_PARSED_URLS = 512;

/** Parses a request URL for matching (the result is shared: it is read-only). */
export function parseRequestUrl(url: string): RequestUrl {
  let parsed = parsedUrls.get(url);
  if (parsed === undefined) {
    if (parsedUrls.size >= MAX_PARSED_URLS) parsedUrls.clear();
    parsed = parseUrl(url);
    parsedUrls.set(url, parsed);
  }
  return parsed;
}

function parseUrl(url: string): RequestUrl {
  const parsed = new URL(url);
  const search = parsed.search.slice(1);
  return {
    href: parsed.hash === '' ? parsed.href : parsed.href.slice(0, -parsed.hash.length),
    origin: `${parsed.protocol}//${parsed.host}`,
    pathname: parsed.pathname,
    search,
    sortedQuery: search === '' ? '' : sortQuery(search),
  };
}

/** The query's pairs, decoded and sorted (`b=2&a=1` and `a=1&b=2` compare equal). */
export function sortQuery(search: string): string {
  if (search === '') return '';
  const pairs = [...new URLSearchParams(search)].map(
    ([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`,
  );
  return pairs.sort().join('&');
}

/**
 * Compiles a route URL:
 * - a RegExp is tested against the whole URL (named groups become params);
 * - a string with `*` or a `/:name` segment is a pattern (`*` any characters — within the host
 *   when in the host —, `:name` one path segment);
 * - any other string is exact: scheme, host, port and path equal; a string that starts with `/`
 *   names only the path (any origin). A query in the string must equal the request's, in any
 *   order; without one, the query is not looked at (use the `query` option).
 *
 * @throws TypeError for a string that is neither a URL nor a path.
 */
export function compileUrl(url: MockUrl): UrlMatcher {
  if (url instanceof RegExp) return regExpMatcher(url);
  const text = url instanceof URL ? url.href : url;
  if (text.includes('*') || /\/:[A-Za-z_]/.test(text)) return patternMatcher(text);
  return exactMatcher(text);
}

function regExpMatcher(regExp: RegExp): UrlMatcher {
  return {
    label: String(regExp),
    origin: null,
    path: '',
    match(url) {
      regExp.lastIndex = 0;
      const found = regExp.exec(url.href);
      if (found === null) return null;
      return found.groups === undefined ? NO_PARAMS : { ...found.groups };
    },
  };
}

function exactMatcher(text: string): UrlMatcher {
  const pathOnly = text.startsWith('/');
  let parsed: URL;
  try {
    parsed = new URL(text, pathOnly ? 'http://path.invalid' : undefined);
  } catch {
    throw new TypeError(
      `Invalid mock URL ${JSON.stringify(text)}: give an absolute URL (https://api.test/path), a path (/path), a pattern or a RegExp`,
    );
  }
  const origin = pathOnly ? null : `${parsed.protocol}//${parsed.host}`;
  const pathname = parsed.pathname;
  const query = text.includes('?') ? sortQuery(parsed.search.slice(1)) : null;
  return {
    label: pathOnly ? `${pathname}${parsed.search}` : `${origin}${pathname}${parsed.search}`,
    origin,
    path: pathname,
    match(url) {
      if (url.pathname !== pathname || (origin !== null && url.origin !== origin)) return null;
      if (query !== null && url.sortedQuery !== query) return null;
      return NO_PARAMS;
    },
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The pattern as a RegExp source: `*` and `:name` in their part (origin or path). */
function patternSource(pattern: string, inOrigin: boolean): string {
  let source = '';
  const token = /\*|(?<=\/):([A-Za-z_][A-Za-z0-9_]*)/g;
  let last = 0;
  for (const found of pattern.matchAll(token)) {
    source += escapeRegExp(pattern.slice(last, found.index));
    source += found[0] === '*' ? (inOrigin ? '[^/?#]*' : '.*') : `(?<${found[1]}>[^/?#]+)`;
    last = found.index + found[0].length;
  }
  return source + escapeRegExp(pattern.slice(last));
}

function patternMatcher(pattern: string): UrlMatcher {
  const schemeEnd = pattern.indexOf('://');
  const pathStart = schemeEnd === -1 ? 0 : pattern.indexOf('/', schemeEnd + 3);
  const originPart = schemeEnd === -1 ? '' : pattern.slice(0, pathStart === -1 ? undefined : pathStart);
  const pathPart = pathStart === -1 ? '/' : pattern.slice(pathStart);
  const withQuery = pathPart.includes('?');
  const regExp = new RegExp(
    `^${patternSource(originPart.toLowerCase(), true)}${patternSource(pathPart, false)}$`,
  );
  const literal = pathPart.split(/\*|\/:/)[0] ?? '';
  return {
    label: pattern,
    origin: originPart === '' || originPart.includes('*') ? null : originPart.toLowerCase(),
    path: literal,
    match(url) {
      const tail = withQuery && url.search !== '' ? `${url.pathname}?${url.search}` : url.pathname;
      const found = regExp.exec(originPart === '' ? tail : url.origin + tail);
      if (found === null) return null;
      return found.groups === undefined ? NO_PARAMS : { ...found.groups };
    },
  };
}
