/**
 * Option tables: the names one entry point accepts, each with the check of its value. One
 * table per entry point (`requests.get`, `Session`, `HTTPAdapter`, …), so adding an option is
 * adding a row.
 */
import { describeValue } from './describe-value.js';
import { suggestOption } from './suggest-option.js';

/**
 * Checks one option's value (never called for `undefined` or `null`, which mean "not given").
 * Throws a `TypeError` naming `option` and the value's type when it is wrong.
 *
 * @example
 * const isPort: OptionCheck = (value, option) => {
 *   if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 65_535)
 *     throw invalidOption(option, 'a port number (1–65535)', value);
 * };
 * checkOptions({ port: 8080 }, optionTable('new MyServer', { port: isPort }));
 */
export type OptionCheck = (value: unknown, option: string) => void;

/**
 * The options an entry point accepts: name → check (`null`: checked later, where it is used).
 *
 * @example
 * const MY_ADAPTER_OPTIONS: OptionTable = optionTable('new MyAdapter', { poolSize: isPositiveInteger, label: isString });
 * checkOptions({ poolSize: 4, label: 'api' }, MY_ADAPTER_OPTIONS);
 */
export interface OptionTable {
  /** The entry point, as users call it (`Session.request`, `new HTTPAdapter`). */
  readonly entryPoint: string;
  /** What a key is, in messages: `option`, `timeout field`, `hook event`. */
  readonly kind: string;
  /** Every key the entry point accepts, with the check of its value (`null`: checked where it is used). */
  readonly checks: ReadonlyMap<string, OptionCheck | null>;
  /** Put before a key in messages about its value (`hooks.`). */
  readonly prefix: string;
}

/**
 * A table of the options `entryPoint` accepts.
 *
 * @example
 * const table = optionTable('new Thing', { size: isPositiveInteger, name: null });
 */
export function optionTable(
  entryPoint: string,
  checks: Readonly<Record<string, OptionCheck | null>>,
  kind = 'option',
  prefix = '',
): OptionTable {
  return { entryPoint, kind, prefix, checks: new Map(Object.entries(checks)) };
}

/**
 * `table` with more rows (or rows replaced), for another entry point.
 *
 * @example
 * ```ts
 * import { extendOptionTable, isBoolean, isPositiveInteger, optionTable } from '@reqs/core';
 *
 * const base = optionTable('new BaseThing', { size: isPositiveInteger });
 * const tls = extendOptionTable(base, 'new TlsThing', { verify: isBoolean });
 * // `tls` accepts both `size` and `verify`; messages name 'new TlsThing'.
 * ```
 */
export function extendOptionTable(
  table: OptionTable,
  entryPoint: string,
  checks: Readonly<Record<string, OptionCheck | null>>,
): OptionTable {
  const merged = new Map([...table.checks, ...Object.entries(checks)]);
  return { entryPoint, kind: table.kind, prefix: table.prefix, checks: merged };
}

/**
 * Refuses an option `table` does not know and a value of the wrong type, before anything is
 * sent. One pass over the keys; `undefined` and `null` values are "not given" and pass.
 *
 * @throws TypeError `Unknown option 'allow_redirects' — did you mean 'allowRedirects'?`, or
 *   the check's message (`Invalid option 'stream': expected a boolean, got string ('yes')`).
 *
 * @example
 * ```ts
 * import { checkOptions, isBoolean, isPositiveInteger, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { poolSize: isPositiveInteger, keepAlive: isBoolean });
 * checkOptions({ poolSize: 4, keepAlive: true }, table); // passes
 * checkOptions({ pool_size: 4 }, table); // TypeError: Unknown option 'pool_size' — did you mean 'poolSize'?
 * ```
 */
export function checkOptions(options: object | null | undefined, table: OptionTable): void {
  if (options == null) return;
  if (typeof options !== 'object') {
    throw new TypeError(
      `The options of ${table.entryPoint} must be an object, got ${describeValue(options)}`,
    );
  }
  // for…in: every key that reading the options would see (own and inherited), no array made.
  for (const key in options) {
    const check = table.checks.get(key);
    if (check === undefined) throw unknownOption(key, table);
    if (check === null) continue;
    const value = (options as Record<string, unknown>)[key];
    if (value != null) check(value, table.prefix === '' ? key : table.prefix + key);
  }
}

/**
 * The TypeError for `key`, with the name it most likely stands for.
 *
 * @example
 * const table = optionTable('new MyAdapter', { poolSize: isPositiveInteger });
 * console.log(unknownOption('pool_size', table).message); // "Unknown option 'pool_size' — did you mean 'poolSize'?"
 */
export function unknownOption(key: string, table: OptionTable): TypeError {
  const suggestion = suggestOption(key, table.checks.keys());
  if (suggestion !== null)
    return new TypeError(`Unknown ${table.kind} '${key}' — did you mean '${suggestion}'?`);
  const known = [...table.checks.keys()].join(', ');
  return new TypeError(`Unknown ${table.kind} '${key}' for ${table.entryPoint} (known: ${known})`);
}
