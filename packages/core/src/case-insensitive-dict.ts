/** A dict with case-insensitive string keys, for HTTP headers (Requests' CaseInsensitiveDict). */
import { nodeBuiltin } from './node-builtin.js';

/**
 * What a {@link CaseInsensitiveDict} can be built from or updated with.
 *
 * @example
 * ```ts
 * import { CaseInsensitiveDict, type CaseInsensitiveDictInit } from '@reqs/core';
 *
 * const init: CaseInsensitiveDictInit<string> = [['Accept', 'application/json'], ['X-Trace', '1']];
 * const headers = new CaseInsensitiveDict(init);
 * headers.update({ 'User-Agent': 'my-client/1.0' });
 * ```
 */
export type CaseInsensitiveDictInit<V> =
  | CaseInsensitiveDict<V>
  | Iterable<readonly [string, V]>
  | Readonly<Record<string, V>>;

/**
 * A {@link CaseInsensitiveDict} that also answers bracket access in any casing:
 * `view['content-type']`, `view['Content-Type'] = 'text/plain'`, `delete view['X-Foo']`,
 * `'accept' in view`, `{ ...view }`. `new CaseInsensitiveDict()` returns one; so do
 * `response.headers`, `prepared.headers`, `session.headers` and `dict.view()`.
 *
 * @example
 * ```ts
 * import { CaseInsensitiveDict, type CaseInsensitiveDictView } from '@reqs/core';
 *
 * const headers: CaseInsensitiveDictView<string> = new CaseInsensitiveDict({ 'Content-Type': 'text/html' });
 * headers['content-type']; // 'text/html'
 * headers['X-Request-Id'] = '42';
 * delete headers['x-request-id'];
 * ```
 */
export type CaseInsensitiveDictView<V> = CaseInsensitiveDict<V> & { [name: string]: V | undefined };

/** One entry: the last-set original name and every value set for it. */
type Entry<V> = [name: string, values: V[]];

const TARGET = Symbol('reqs.caseInsensitiveDict.target');
// Passed by `CaseInsensitiveDict.plain` so the constructor returns the dict, not its view.
const PLAIN = Symbol('reqs.caseInsensitiveDict.plain');

/**
 * A mapping of string keys to values where keys compare case-insensitively, as HTTP header
 * names do (Requests' `CaseInsensitiveDict`). It remembers the casing of the last `set` of
 * each key, keeps insertion order, and can hold several values for one key (`append`): `get`
 * joins them with `, `, `getAll` keeps them apart (for `Set-Cookie`).
 *
 * Bracket access: `new CaseInsensitiveDict(init)` returns the dict's *view*, a `Proxy` that
 * answers `d['accept']`, `d['ACCEPT'] = …` and `delete d.accept` in any casing, as
 * `response.headers` does. The dict behind it is a plain class (a `Map` of lower-case key →
 * `[originalName, values]`): the library's own header handling, which runs on every request,
 * builds dicts with {@link CaseInsensitiveDict.plain} and pays nothing for the view.
 *
 * @example
 * const h = new CaseInsensitiveDict({ 'Content-Type': 'text/html' });
 * h.get('content-type'); // 'text/html'
 * h['CONTENT-TYPE']; // 'text/html'
 * [...h.keys()]; // ['Content-Type']
 */
export interface CaseInsensitiveDict<V = string> extends CaseInsensitiveDictBase<V> {}

/**
 * The type of the {@link CaseInsensitiveDict} class.
 *
 * @example
 * ```ts
 * import { CaseInsensitiveDict, type CaseInsensitiveDictConstructor } from '@reqs/core';
 *
 * // A factory that takes the class, e.g. to build headers the same way in tests and code.
 * function headersFrom(Dict: CaseInsensitiveDictConstructor, pairs: Iterable<[string, string]>) {
 *   return Dict.plain(pairs);
 * }
 * const headers = headersFrom(CaseInsensitiveDict, [['Accept', 'text/plain']]);
 * headers.get('accept'); // 'text/plain'
 * ```
 */
export interface CaseInsensitiveDictConstructor {
  /**
   * A dict filled from an object, `[name, value]` pairs (a `Headers`, a `Map`) or another
   * dict, with bracket access in any casing.
   */
  new <V = string>(init?: CaseInsensitiveDictInit<V> | null): CaseInsensitiveDictView<V>;
  /** The prototype shared by every dict, so that `x instanceof CaseInsensitiveDict` narrows `x`. */
  readonly prototype: CaseInsensitiveDict<unknown>;
  /**
   * A dict without the bracket-access view (no `Proxy`): for code on a hot path, such as an
   * adapter filling response headers. `dict.view()` adds bracket access later.
   */
  plain<V = string>(init?: CaseInsensitiveDictInit<V> | null): CaseInsensitiveDict<V>;
}

class CaseInsensitiveDictBase<V = string> implements Iterable<[string, V]> {
  #map = new Map<string, Entry<V>>();
  #view: CaseInsensitiveDictView<V> | null = null;

  /** Builds a dict from an object, `[name, value]` pairs (a `Headers`, a `Map`) or another dict. */
  constructor(init?: CaseInsensitiveDictInit<V> | null, mode?: typeof PLAIN) {
    if (init != null) this.update(init);
    // A dict the user builds answers bracket access; library code asks for the plain one.
    // biome-ignore lint/correctness/noConstructorReturn: the view is the dict, behind a Proxy.
    if (mode !== PLAIN) return this.view();
  }

  /** A dict without the bracket-access view (see {@link CaseInsensitiveDictConstructor.plain}). */
  static plain<V = string>(init?: CaseInsensitiveDictInit<V> | null): CaseInsensitiveDict<V> {
    return new CaseInsensitiveDictBase<V>(init, PLAIN);
  }

  /** How many distinct keys the dict holds. */
  get size(): number {
    return this.#map.size;
  }

  /**
   * The value for `name` in any casing, else `fallback` (`undefined` when not given), as
   * Requests' `get(key, default)`. Several values (see `append`) are joined with `, `, as
   * HTTP allows for repeated header fields.
   */
  get(name: string): V | undefined;
  get<D>(name: string, fallback: D): V | D;
  get<D>(name: string, fallback?: D): V | D | undefined {
    const entry = this.#map.get(name.toLowerCase());
    if (entry === undefined) return fallback;
    const values = entry[1];
    return values.length === 1 ? values[0] : (values.join(', ') as V);
  }

  /**
   * The value for `name` when set; else sets it to `value` and returns `value` (Python's
   * `setdefault`).
   */
  setdefault(name: string, value: V): V {
    const entry = this.#map.get(name.toLowerCase());
    if (entry !== undefined) return joined(entry[1]);
    this.set(name, value);
    return value;
  }

  /** Same as {@link CaseInsensitiveDictBase.setdefault}. */
  setDefault(name: string, value: V): V {
    return this.setdefault(name, value);
  }

  /** Every value set for `name` (empty when absent), kept apart. */
  getAll(name: string): V[] {
    const entry = this.#map.get(name.toLowerCase());
    return entry === undefined ? [] : entry[1].slice();
  }

  /** Sets `name` to `value`, replacing any value; `name`'s casing becomes the one reported. */
  set(name: string, value: V): this {
    const key = name.toLowerCase();
    const entry = this.#map.get(key);
    if (entry === undefined) this.#map.set(key, [name, [value]]);
    else {
      entry[0] = name;
      entry[1] = [value];
    }
    return this;
  }

  /** Adds a value for `name`, keeping those already set (as repeated header lines). */
  append(name: string, value: V): this {
    const key = name.toLowerCase();
    const entry = this.#map.get(key);
    if (entry === undefined) this.#map.set(key, [name, [value]]);
    else entry[1].push(value);
    return this;
  }

  /** True when `name` is set, in any casing. */
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }

  /** Removes `name`; true when it was set. */
  delete(name: string): boolean {
    return this.#map.delete(name.toLowerCase());
  }

  /** Removes every key. */
  clear(): void {
    this.#map.clear();
  }

  /** Sets every entry of `other` (an object, pairs, `Headers`, or another dict, whose repeated values are kept). */
  update(other: CaseInsensitiveDictInit<V>): this {
    const source = unwrap(other);
    if (source instanceof CaseInsensitiveDictBase) {
      for (const [key, [name, values]] of source.#map) this.#map.set(key, [name, values.slice()]);
    } else if (isIterable(source)) {
      for (const [name, value] of source) this.set(name, value);
    } else {
      for (const name of Object.keys(source)) this.set(name, source[name] as V);
    }
    return this;
  }

  /** The keys, in the casing last set, in insertion order. */
  *keys(): IterableIterator<string> {
    for (const entry of this.#map.values()) yield entry[0];
  }

  /** The values (repeated values joined with `, `). */
  *values(): IterableIterator<V> {
    for (const entry of this.#map.values()) yield joined(entry[1]);
  }

  /** `[name, value]` pairs in the casing last set (repeated values joined with `, `). */
  *entries(): IterableIterator<[string, V]> {
    for (const entry of this.#map.values()) yield [entry[0], joined(entry[1])];
  }

  /** Same as {@link CaseInsensitiveDictBase.entries} (Requests' `items()`). */
  items(): IterableIterator<[string, V]> {
    return this.entries();
  }

  /** Same as {@link CaseInsensitiveDictBase.entries}. */
  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  /** `[lowerCaseName, value]` pairs, as Requests' `lower_items()`. */
  *lowerItems(): IterableIterator<[string, V]> {
    for (const [key, entry] of this.#map) yield [key, joined(entry[1])];
  }

  /** A new, independent dict with the same entries (with bracket access, as `new` gives). */
  copy(): CaseInsensitiveDictView<V> {
    return new CaseInsensitiveDictBase<V>(this) as CaseInsensitiveDictView<V>;
  }

  /**
   * True when `other` is a mapping — a dict, an object, a `Map`, `Headers`, or anything with
   * `items()` — holding the same keys (in any casing) with equal values. Anything else
   * (`null`, a string, an array) is never equal, as in Requests.
   */
  equals(other: unknown): boolean {
    const dict = mappingDict<V>(other);
    if (dict === null || dict.size !== this.size) return false;
    for (const [key, entry] of this.#map) {
      if (!dict.has(key) || !Object.is(dict.get(key), joined(entry[1]))) return false;
    }
    return true;
  }

  /** A plain object of name → value (the casing last set; repeated values joined). */
  toJSON(): Record<string, V> {
    const out: Record<string, V> = {};
    for (const [name, values] of this.#map.values()) {
      // defineProperty: a key named "__proto__" must stay a key, not become the prototype.
      Object.defineProperty(out, name, {
        value: joined(values),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /**
   * The bracket-access view of this dict (created on first call, then reused): reads, writes
   * and deletes through `view[name]` are case-insensitive; methods work as on the dict.
   */
  view(): CaseInsensitiveDictView<V> {
    this.#view ??= makeView(this);
    return this.#view;
  }

  /** `CaseInsensitiveDict { 'Content-Type': 'text/html' }` in `console.log`. */
  [Symbol.for('nodejs.util.inspect.custom')](_depth: number, options: object): string {
    // Called by Node's util.inspect only, so node:util is there.
    const util = nodeBuiltin<typeof import('node:util')>('node:util');
    return `CaseInsensitiveDict ${util?.inspect(this.toJSON(), options) ?? JSON.stringify(this.toJSON())}`;
  }
}

// Named as users know it: error messages and `constructor.name` say CaseInsensitiveDict.
Object.defineProperty(CaseInsensitiveDictBase, 'name', { value: 'CaseInsensitiveDict' });

/**
 * The case-insensitive dict class: `new CaseInsensitiveDict(init)` (with bracket access),
 * `CaseInsensitiveDict.plain(init)` (without), `x instanceof CaseInsensitiveDict`.
 */
export const CaseInsensitiveDict = CaseInsensitiveDictBase as unknown as CaseInsensitiveDictConstructor;

/** `other` as a plain dict when it is a mapping, else null (see `equals`). */
function mappingDict<V>(other: unknown): CaseInsensitiveDict<V> | null {
  if (typeof other !== 'object' || other === null || Array.isArray(other)) return null;
  const that = unwrap(other);
  if (that instanceof CaseInsensitiveDictBase) return that as CaseInsensitiveDict<V>;
  try {
    const items = (that as { items?: unknown }).items;
    if (typeof items === 'function') {
      return CaseInsensitiveDict.plain<V>(items.call(that) as Iterable<readonly [string, V]>);
    }
    if (that instanceof Map || that instanceof Headers) {
      return CaseInsensitiveDict.plain<V>(that as Iterable<readonly [string, V]>);
    }
    const proto = Object.getPrototypeOf(that);
    if (proto === Object.prototype || proto === null) {
      return CaseInsensitiveDict.plain<V>(that as Readonly<Record<string, V>>);
    }
  } catch {
    // A malformed mapping (pairs that are not pairs) is not equal to anything.
  }
  return null;
}

function joined<V>(values: V[]): V {
  return values.length === 1 ? (values[0] as V) : (values.join(', ') as V);
}

function isIterable<V>(value: object): value is Iterable<readonly [string, V]> {
  return typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function';
}

/** The dict behind a view (or the argument itself). */
function unwrap<T>(value: T): T {
  return (value as { [TARGET]?: T })[TARGET] ?? value;
}

/**
 * Returns the plain dict behind `dict` if it is a view, so library code can hold the plain
 * dict (internal to core).
 */
export function plainDict<V>(dict: CaseInsensitiveDict<V>): CaseInsensitiveDict<V> {
  return unwrap(dict);
}

function makeView<V>(dict: CaseInsensitiveDictBase<V>): CaseInsensitiveDictView<V> {
  // Methods use #private fields, so they must run with `this` = the dict, not the proxy.
  const bound = new Map<PropertyKey, unknown>();
  const handler: ProxyHandler<CaseInsensitiveDictBase<V>> = {
    get(target, key) {
      // A method already bound answers first: the common case, and the cheapest lookup.
      let fn = bound.get(key);
      if (fn !== undefined) return fn;
      if (key === TARGET) return target;
      if (typeof key === 'string' && !(key in target)) return target.get(key);
      const value: unknown = Reflect.get(target, key, target);
      // The class itself is no method: `view.constructor` is CaseInsensitiveDict, not a bound copy.
      if (typeof value !== 'function' || key === 'constructor') return value;
      fn = value.bind(target);
      bound.set(key, fn);
      return fn;
    },
    set(target, key, value) {
      if (typeof key !== 'string' || key in target) return false;
      target.set(key, value as V);
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key === 'string' && !(key in target)) target.delete(key);
      return true;
    },
    has(target, key) {
      return (typeof key === 'string' && target.has(key)) || key in target;
    },
    ownKeys(target) {
      return [...target.keys()];
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key !== 'string' || !target.has(key)) return undefined;
      return { value: target.get(key), enumerable: true, writable: true, configurable: true };
    },
  };
  return new Proxy(dict, handler) as CaseInsensitiveDictView<V>;
}
