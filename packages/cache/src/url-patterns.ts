/** URL patterns of `urlsExpireAfter`: `host/path*` globs, scheme optional, matched in order. */

/** Compiled patterns with their values, first match wins. */
export type UrlPatterns<V> = readonly { readonly pattern: RegExp; readonly value: V }[];

/**
 * Compiles `{ 'api.example.com/users/*': value }`. `*` matches any text; a pattern without a
 * scheme matches http and https; every pattern also matches what follows it (a trailing `*` is implied).
 */
export function compileUrlPatterns<V>(
  patterns: Readonly<Record<string, V>>,
  check: (pattern: string, value: V) => V | undefined,
): UrlPatterns<V> {
  const compiled: { pattern: RegExp; value: V }[] = [];
  for (const [pattern, raw] of Object.entries(patterns)) {
    const value = check(pattern, raw);
    if (value === undefined) continue;
    const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(pattern) ? pattern : `*://${pattern}`;
    const source = withScheme
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*');
    compiled.push({ pattern: new RegExp(`^${source}`, 'i'), value });
  }
  return compiled;
}

/** The value of the first pattern matching `url`, else undefined. */
export function matchUrlPattern<V>(patterns: UrlPatterns<V>, url: string): V | undefined {
  for (const { pattern, value } of patterns) if (pattern.test(url)) return value;
  return undefined;
}
