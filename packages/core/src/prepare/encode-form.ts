/** application/x-www-form-urlencoded encoding of params and form data (Requests' _encode_params). */

import type { FormInit } from '../request-init.js';
import type { Scalar } from '../scalar.js';
import { toWellFormed } from '../well-formed.js';

/** `[name, value]` pairs of a form, arrays spread and `null`/`undefined` values dropped. */
export function formPairs(form: FormInit): Array<[string, Scalar]> {
  const pairs: Array<[string, Scalar]> = [];
  if (form instanceof URLSearchParams) {
    for (const [name, value] of form) pairs.push([name, value]);
  } else if (Array.isArray(form)) {
    for (const pair of form as ReadonlyArray<readonly [string, Scalar | null | undefined]>) {
      const value = pair[1];
      if (value != null) pairs.push([pair[0], value]);
    }
  } else {
    const record = form as Readonly<Record<string, Scalar | readonly Scalar[] | null | undefined>>;
    for (const name of Object.keys(record)) {
      const value = record[name];
      if (value == null) continue;
      if (Array.isArray(value)) {
        for (const item of value as readonly (Scalar | null | undefined)[])
          if (item != null) pairs.push([name, item]);
      } else pairs.push([name, value as Scalar]);
    }
  }
  return pairs;
}

/**
 * Encodes a form as Python's `urlencode(…, doseq=True)`: `name=value` pairs joined with `&`,
 * UTF-8 percent-encoding, spaces as `+`, booleans as `true`/`false`.
 *
 * @example
 * encodeForm({ q: 'a b', n: [1, 2], skip: null }); // 'q=a+b&n=1&n=2'
 */
export function encodeForm(form: FormInit): string {
  let out = '';
  for (const [name, value] of formPairs(form)) {
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
