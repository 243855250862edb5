/** A dict with case-insensitive string keys, for HTTP headers (Requests' CaseInsensitiveDict). */
import { inspect } from 'node:util';

/** What a {@link CaseInsensitiveDict} can be built from or updated with. */
export type CaseInsensitiveDictInit<V> =
  | CaseInsensitiveDict<V>
  | Iterable<readonly [string, V]>
  | Readonly<Record<string, V>>;

/**
 * A {@link CaseInsensitiveDict} that also answers bracket access in any casing:
 * `view['content-type']`, `view['Content-Type'] = 'text/plain'`, `delete view['X-Foo']`,
 * `'accept' in view`, `{ ...view }`. Obtain one with {@link CaseInsensitiveDict.view}.
 */
export type CaseInsensitiveDictView<V> = CaseInsensitiveDict<V> & { [name: string]: V | undefined };

/** One entry: the last-set original name and every value set for it. */
type Entry<V> = [name: string, values: V[]];

const TARGET = Symbol('reqs.caseInsensitiveDict.target');

/**
 * A mapping of string keys to values where keys compare case-insensitively, as HTTP header
 * names do. It remembers the casing of the last `set` of each key, keeps insertion order, and
 * can hold several values for one key (`append`): `get` joins them with `, `, `getAll` keeps
 * them apart (for `Set-Cookie`).
 *
 * Bracket access: the class itself is a plain class (a `Map` of lower-case key →
 * `[originalName, values]`) so that the library's own header handling, which runs on every
 * request, pays nothing for it. `h['Content-Type']` works on the *view* — a `Proxy` created
 * lazily, once per dict, by {@link CaseInsensitiveDict.view} — which the user-facing getters
 * (`response.headers`, `prepared.headers`, `session.headers`) hand out. Library code keeps to
 * the methods, which a view forwards at the cost of one trap.
 *
 * @example
 * const h = new CaseInsensitiveDict({ 'Content-Type': 'text/html' });
 * h.get('content-type'); // 'text/html'
 * h.view()['CONTENT-TYPE']; // 'text/html'
 * [...h.keys()]; // ['Content-Type']
 */
export class CaseInsensitiveDict<V = string> implements Iterable<[string, V]> {
  #map = new Map<string, Entry<V>>();
  #view: CaseInsensitiveDictView<V> | null = null;

  /** Builds a dict from an object, `[name, value]` pairs (a `Headers`, a `Map`) or another dict. */
  constructor(init?: CaseInsensitiveDictInit<V> | null) {
    if (init != null) this.update(init);
  }

  /** How many distinct keys the dict holds. */
  get size(): number {
    return this.#map.size;
  }

  /**
   * The value for `name` in any casing, or `undefined`. Several values (see `append`) are
   * joined with `, `, as HTTP allows for repeated header fields.
   */
  get(name: string): V | undefined {
    const entry = this.#map.get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const values = entry[1];
    return values.length === 1 ? values[0] : (values.join(', ') as V);
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
    if (source instanceof CaseInsensitiveDict) {
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

  /** Same as {@link CaseInsensitiveDict.entries}. */
  [Symbol.iterator](): IterableIterator<[string, V]> {
    return this.entries();
  }

  /** `[lowerCaseName, value]` pairs, as Requests' `lower_items()`. */
  *lowerItems(): IterableIterator<[string, V]> {
    for (const [key, entry] of this.#map) yield [key, joined(entry[1])];
  }

  /** A new, independent dict with the same entries. */
  copy(): CaseInsensitiveDict<V> {
    return new CaseInsensitiveDict<V>(this);
  }

  /** True when `other` holds the same keys (in any casing) with equal values. */
  equals(other: CaseInsensitiveDictInit<V>): boolean {
    const that = unwrap(other);
    const dict = that instanceof CaseInsensitiveDict ? that : new CaseInsensitiveDict<V>(that);
    if (dict.size !== this.size) return false;
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
    return `CaseInsensitiveDict ${inspect(this.toJSON(), options)}`;
  }
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

function makeView<V>(dict: CaseInsensitiveDict<V>): CaseInsensitiveDictView<V> {
  // Methods use #private fields, so they must run with `this` = the dict, not the proxy.
  const bound = new Map<PropertyKey, unknown>();
  const handler: ProxyHandler<CaseInsensitiveDict<V>> = {
    get(target, key) {
      // A method already bound answers first: the common case, and the cheapest lookup.
      let fn = bound.get(key);
      if (fn !== undefined) return fn;
      if (key === TARGET) return target;
      if (typeof key === 'string' && !(key in target)) return target.get(key);
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
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
