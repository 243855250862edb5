/** The `codes` object: every name of Requests' status-code table, lower, upper and camel case. */
import { type StatusTable, statusTable } from './status-table.js';

/** `not_found` → `notFound`, `early-hints` → `earlyHints`; a name without inner separators stays. */
type CamelCase<S extends string> = S extends `${infer Head}${'_' | '-'}${infer Tail}`
  ? Head extends ''
    ? S
    : Tail extends ''
      ? S
      : `${Head}${Capitalize<CamelCase<Tail>>}`
  : S;

/**
 * A name plus its upper-case twin (except names starting with `\` or `/`, as Requests) and
 * its camelCase twin (beyond Requests, for TypeScript spelling).
 */
type CasedNames<N extends string> =
  | N
  | (N extends `\\${string}` | `/${string}` ? never : Uppercase<N>)
  | CamelCase<N>;

/** One `{ key, code }` member per name, so a mapped type can key on it. */
type Entry<K, Code> = K extends string ? { key: K; code: Code } : never;

/**
 * Walks the table from its end, keeping a name only the first time it is seen: a later entry
 * takes a name over from an earlier one, as Requests assigns the names in table order.
 */
type Entries<T, Seen = never, Out = never> = T extends readonly [
  ...infer Init,
  readonly [infer Code extends number, infer Names extends readonly string[]],
]
  ? Entries<
      Init,
      Seen | CasedNames<Names[number]>,
      Out | Entry<Exclude<CasedNames<Names[number]>, Seen>, Code>
    >
  : Out;

/**
 * The type of {@link codes}: each name maps to its literal status code (`ok: 200`, `OK: 200`, …).
 * @example
 * const notFound: Codes['not_found'] = codes.not_found; // the type is the literal 404
 */
export type Codes = { readonly [E in Entries<StatusTable> as E['key']]: E['code'] };

/**
 * Any name {@link codes} knows, e.g. `'ok'`, `'OK'`, `'\\o/'`, `'teapot'`.
 * @example
 * const expect = (r: Response, name: StatusName) => r.statusCode === codes[name];
 * expect(r, 'teapot');
 */
export type StatusName = keyof Codes;

// Words of lower-case letters and digits joined by `_` or `-`: the names that have a camelCase twin.
const SEPARATED_WORDS = /^[a-z0-9]+(?:[_-][a-z0-9]+)+$/;

/**
 * Requests' rule: `title.upper()` too, unless the title starts with `\` or `/`; and ours: the
 * camelCase spelling of a `snake_case` (or `kebab-case`) name.
 */
function casedNames(name: string): string[] {
  if (name.startsWith('\\') || name.startsWith('/')) return [name];
  if (!SEPARATED_WORDS.test(name)) return [name, name.toUpperCase()];
  const camel = name.replace(/[_-]([a-z0-9])/g, (_separator, letter: string) => letter.toUpperCase());
  return [name, name.toUpperCase(), camel];
}

function buildCodes(): Codes {
  // No prototype: `codes.constructor` or `codes['toString']` is `undefined`, not an inherited
  // function, so a lookup by an untrusted name answers only with status codes.
  const table: Record<string, number> = Object.create(null);
  for (const [code, names] of statusTable) {
    for (const name of names) {
      for (const key of casedNames(name)) table[key] = code;
    }
  }
  return Object.freeze(table) as Codes;
}

/**
 * HTTP status codes by name, as Python Requests' `requests.codes`: every name in Requests'
 * table, each also in upper case (`codes.OK`), except the names starting with `\` or `/`
 * (`'\\o/'`, `'\\o-'`, `'/o\\'`), which Requests leaves as they are. Beyond Requests, each
 * `snake_case` name is also there in camelCase (`codes.notFound`, `codes.temporaryRedirect`,
 * `codes.earlyHints`). A name listed for two codes belongs to the later one, as in Requests:
 * `codes.precondition` is `428` and `codes.uri_too_long` (and `codes.uriTooLong`) is `414`.
 *
 * The object is frozen and has no prototype; an unknown name gives `undefined` (Requests'
 * `None`). Its type maps each name to its literal code, so `codes.teapot` has type `418`.
 *
 * @example
 * ```ts
 * import { codes } from '@reqs/codes';
 *
 * codes.ok;                  // 200
 * codes.OK;                  // 200
 * codes['\\o/'];             // 200
 * codes.temporary_redirect;  // 307
 * codes.temporaryRedirect;   // 307
 * codes.teapot;              // 418
 * if (r.statusCode === codes.not_found) console.log('no such page');
 * ```
 */
export const codes: Codes = buildCodes();
