/** Parsing `Cache-Control` (RFC 9111 §5.2): directive names are case-insensitive, values unquoted. */

/** Directives by lower-cased name: `true` for a bare directive, else its (unquoted) value. */
export type Directives = ReadonlyMap<string, string | true>;

const EMPTY: Directives = new Map();

/**
 * Parses one or more `Cache-Control` values (joined with `,`). Unknown directives are kept;
 * a repeated directive keeps its first value. Quoted values may hold commas.
 */
export function parseCacheControl(header: string | undefined): Directives {
  if (header === undefined || header === '') return EMPTY;
  const directives = new Map<string, string | true>();
  let i = 0;
  while (i < header.length) {
    const comma = nextDelimiter(header, i);
    const part = header.slice(i, comma).trim();
    i = comma + 1;
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = (eq === -1 ? part : part.slice(0, eq)).trim().toLowerCase();
    if (name === '' || directives.has(name)) continue;
    directives.set(name, eq === -1 ? true : unquote(part.slice(eq + 1).trim()));
  }
  return directives;
}

/** The index of the next `,` outside a quoted string, or the end. */
function nextDelimiter(header: string, from: number): number {
  let quoted = false;
  for (let i = from; i < header.length; i++) {
    const c = header.charCodeAt(i);
    if (c === 0x22) quoted = !quoted;
    else if (c === 0x5c && quoted) i++;
    else if (c === 0x2c && !quoted) return i;
  }
  return header.length;
}

function unquote(value: string): string {
  if (value.length < 2 || value[0] !== '"' || value[value.length - 1] !== '"') return value;
  return value.slice(1, -1).replace(/\\(.)/g, '$1');
}

/**
 * A delta-seconds directive in seconds (`max-age=60` → 60), else null. An invalid value counts
 * as 0 for `max-age`/`s-maxage` (RFC 9111 §4.2.1: treat as stale), as absent otherwise.
 */
export function seconds(directives: Directives, name: string): number | null {
  const value = directives.get(name);
  if (value === undefined) return null;
  if (value === true) return name === 'max-stale' ? Number.POSITIVE_INFINITY : null;
  if (!/^\d+$/.test(value)) return name === 'max-age' || name === 's-maxage' ? 0 : null;
  return Math.min(Number(value), 2 ** 31);
}

/** The request's directives: `Cache-Control`, else `Pragma: no-cache` (RFC 9111 §5.4). */
export function requestDirectives(cacheControl: string | undefined, pragma: string | undefined): Directives {
  if (cacheControl !== undefined) return parseCacheControl(cacheControl);
  if (pragma !== undefined && /(^|,)\s*no-cache\s*(,|$)/i.test(pragma)) return new Map([['no-cache', true]]);
  return EMPTY;
}
