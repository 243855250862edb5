/** "Did you mean …?" for a misspelt option: Requests/urllib3 snake_case, other clients' names, typos. */

// Names other HTTP clients use for one of ours (where snake_case → camelCase does not get there).
const ALIASES: Readonly<Record<string, string>> = {
  method_whitelist: 'allowedMethods',
  methodWhitelist: 'allowedMethods',
  follow_redirects: 'allowRedirects',
  followRedirects: 'allowRedirects',
  body: 'data',
  form: 'data',
  query: 'params',
  qs: 'params',
  searchParams: 'params',
  verify_ssl: 'verify',
  rejectUnauthorized: 'verify',
  ca: 'verify',
  max_redirect: 'maxRedirects',
  maxRedirect: 'maxRedirects',
  retry: 'retries',
  retries: 'maxRetries',
  on_progress: 'onProgress',
};

/**
 * The known name `name` most likely stands for, or null: the camelCase form of a snake_case
 * name (`allow_redirects` → `allowRedirects`), another client's name for it (`body` → `data`),
 * a case slip, else the nearest name by edit distance (at most one edit per three letters).
 *
 * @example
 * suggestOption('backoff_factor', ['total', 'backoffFactor']); // 'backoffFactor'
 */
export function suggestOption(name: string, known: Iterable<string>): string | null {
  const names = [...known];
  const alias = ALIASES[name];
  if (alias !== undefined && Object.hasOwn(ALIASES, name) && names.includes(alias)) return alias;
  const wanted = camelCase(name).toLowerCase();
  let best: string | null = null;
  let bestDistance = Math.max(1, Math.floor(wanted.length / 3)) + 1;
  for (const candidate of names) {
    const distance = editDistance(wanted, candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * `allow_redirects` → `allowRedirects`, `pool-maxsize` → `poolMaxsize`.
 *
 * @example
 * ```ts
 * import { camelCase } from '@reqs/core';
 *
 * camelCase('allow_redirects'); // 'allowRedirects'
 * camelCase('pool-maxsize'); // 'poolMaxsize'
 * ```
 */
export function camelCase(name: string): string {
  return name.replace(/[_-]+([a-zA-Z0-9])/g, (_match, letter: string) => letter.toUpperCase());
}

/** Levenshtein distance with adjacent swaps counted as one edit; gives up (returns `limit`) beyond it. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return limit;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit);
}
