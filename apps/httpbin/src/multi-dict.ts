/** Ordered (name, value) pairs and httpbin's "semiflatten": one value stays a value, repeats become an array. */

/** Name/value pairs in the order they arrived. */
export type Pairs<T = string> = Array<[name: string, value: T]>;

/** A JSON object whose repeated keys hold arrays, as httpbin shows `args`, `form` and `files`. */
export type FlatDict<T = string> = Record<string, T | T[]>;

/** Groups pairs by name: a name seen once maps to its value, a repeated name to all its values in order. */
export function semiflatten<T>(pairs: Iterable<readonly [string, T]>): FlatDict<T> {
  const grouped = new Map<string, T[]>();
  for (const [name, value] of pairs) {
    const values = grouped.get(name);
    if (values) values.push(value);
    else grouped.set(name, [value]);
  }
  // A null-prototype object so that names like `__proto__` stay ordinary keys.
  const out: FlatDict<T> = Object.create(null);
  for (const [name, values] of grouped) out[name] = values.length === 1 ? values[0]! : values;
  return out;
}

/** The first value of each name, as Python's `dict(multidict.items())` keeps it. */
export function firstValues(pairs: Iterable<readonly [string, string]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of pairs) if (!out.has(name)) out.set(name, value);
  return out;
}
