/** application/x-www-form-urlencoded encoding of params and form data (Requests' _encode_params). */

import type { FormInit, FormMapping } from '../request-init.js';
import type { Scalar } from '../scalar.js';
import { toWellFormed } from '../well-formed.js';
import { isMapping, isPlainObject } from './body-kind.js';

/** What a form is called in messages: `'params'` or `'form'` (request data). */
export type FormField = 'params' | 'form';

const ALLOWED = 'strings, numbers, booleans, bigints, null or arrays of those';

/**
 * `[name, value]` pairs of a form, arrays spread, `null`/`undefined` values dropped, bigints
 * as text. Only strings, numbers, booleans and bigints are values (never `[object Object]`).
 *
 * @param field what the form is, for messages.
 * @throws TypeError naming the field and the type, for a value of another type (an object, a
 *   symbol, a function, a nested array), a pair that is not `[name, value]`, or a form that is
 *   neither a plain object, an array of pairs nor `URLSearchParams`.
 */
export function formPairs(form: FormInit, field: FormField = 'form'): Array<[string, Scalar]> {
  const pairs: Array<[string, Scalar]> = [];
  if (form instanceof URLSearchParams) {
    for (const [name, value] of form) pairs.push([name, value]);
  } else if (Array.isArray(form)) {
    (form as readonly unknown[]).forEach((pair, index) => {
      if (!Array.isArray(pair) || pair.length !== 2) {
        throw new TypeError(
          `Unsupported ${field} pair at index ${index}: ${typeName(pair)} (expected [name, value])`,
        );
      }
      const name = pairName(pair[0], field, index);
      const value = formValue(pair[1], field, name);
      if (value !== null) pairs.push([name, value]);
    });
  } else if (isPlainObject(form)) {
    const fields = form as Readonly<Record<string, unknown>>;
    for (const name of Object.keys(fields)) pushField(pairs, name, fields[name], field);
  } else if (isMapping(form)) {
    for (const [name, value] of mappingPairs(form, field)) pushField(pairs, name, value, field);
  } else {
    throw new TypeError(
      `Unsupported ${field}: ${typeName(form)} (expected an object, [name, value] pairs${field === 'params' ? ', a string' : ''}, URLSearchParams or a mapping: a Map or an object with items())`,
    );
  }
  return pairs;
}

/** Adds one field: a value, or each of an array's values (`null`/`undefined` dropped). */
function pushField(pairs: Array<[string, Scalar]>, name: string, value: unknown, field: FormField): void {
  if (!Array.isArray(value)) {
    const scalar = formValue(value, field, name);
    if (scalar !== null) pairs.push([name, scalar]);
    return;
  }
  for (const item of value as readonly unknown[]) {
    const scalar = formValue(item, field, name);
    if (scalar !== null) pairs.push([name, scalar]);
  }
}

/** The `[name, value]` pairs of a mapping (`map.entries()` or `items()`), names checked. */
function mappingPairs(form: FormMapping, field: FormField): Array<[string, unknown]> {
  const entries: Iterable<unknown> =
    form instanceof Map ? form.entries() : (form as { items(): Iterable<unknown> }).items();
  const out: Array<[string, unknown]> = [];
  let index = 0;
  for (const pair of entries) {
    if (!Array.isArray(pair) || pair.length !== 2) {
      throw new TypeError(
        `Unsupported ${field} pair at index ${index}: ${typeName(pair)} (a mapping's items() must give [name, value])`,
      );
    }
    out.push([pairName(pair[0], field, index), pair[1]]);
    index++;
  }
  return out;
}

/** A value as encoded (`null` when dropped). @throws TypeError for a type a form cannot hold. */
function formValue(value: unknown, field: FormField, name: string): Scalar | null {
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return String(value);
    case 'undefined':
      return null;
    default:
      if (value === null) return null;
      throw new TypeError(
        `Unsupported value for ${field} field '${name}': ${typeName(value)} (${field} values must be ${ALLOWED})`,
      );
  }
}

/** The name of a `[name, value]` pair. @throws TypeError when it is not text, a number or a boolean. */
function pairName(name: unknown, field: FormField, index: number): string {
  const kind = typeof name;
  if (kind === 'string' || kind === 'number' || kind === 'boolean' || kind === 'bigint') return String(name);
  throw new TypeError(
    `Unsupported name for ${field} pair at index ${index}: ${typeName(name)} (names must be strings)`,
  );
}

/** A short name for the type of `value`: `symbol`, `function`, `null`, `object`, `array`, `Date`, `Map`… */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return typeof value;
  if (Array.isArray(value)) return 'array';
  if (isPlainObject(value)) return 'object';
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}

/**
 * Encodes a form as Python's `urlencode(…, doseq=True)`: `name=value` pairs joined with `&`,
 * UTF-8 percent-encoding, spaces as `+`, booleans as `true`/`false`.
 *
 * @param field what the form is, for messages.
 * @throws TypeError for a value that is not a string, number, boolean or bigint (see `formPairs`).
 * @example
 * encodeForm({ q: 'a b', n: [1, 2], skip: null }); // 'q=a+b&n=1&n=2'
 */
export function encodeForm(form: FormInit, field: FormField = 'form'): string {
  let out = '';
  for (const [name, value] of formPairs(form, field)) {
    const pair = `${quotePlus(name)}=${quotePlus(String(value))}`;
    out = out === '' ? pair : `${out}&${pair}`;
  }
  return out;
}

// encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ); quote_plus leaves only - _ . ~.
const EXTRA = /[!'()*]|%20/g;
const EXTRA_CODES: Readonly<Record<string, string>> = {
  '!': '%21',
  "'": '%27',
  '(': '%28',
  ')': '%29',
  '*': '%2A',
  '%20': '+',
};

/** Python's `quote_plus`: form-encodes one name or value. */
export function quotePlus(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    encoded = encodeURIComponent(toWellFormed(text));
  }
  return encoded.replace(EXTRA, (match) => EXTRA_CODES[match] ?? match);
}
