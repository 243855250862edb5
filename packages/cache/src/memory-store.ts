/** MemoryStore: entries in this process, least recently used evicted by count and by bytes. */
import { type CacheEntry, type CacheStore, entrySize } from './cache-store.js';

/**
 * Limits of a MemoryStore.
 * @example
 * new MemoryStore({ maxEntries: 200, maxSize: 20 * 2 ** 20 });
 */
export interface MemoryStoreOptions {
  /** At most this many entries (default 1000). */
  maxEntries?: number | undefined;
  /** At most this many bytes in all, bodies and headers (default 100 MiB). */
  maxSize?: number | undefined;
  /** Entries larger than this are not kept (default: `maxSize`). */
  maxEntrySize?: number | undefined;
}

/**
 * A store in memory, for one process: the fastest, gone when the process ends. Entries are
 * kept as given (no copy), evicted least recently used first when a limit is passed.
 *
 * @example
 * new CacheAdapter(new HTTPAdapter(), { store: new MemoryStore({ maxSize: 100 * 2 ** 20 }) });
 * @throws RangeError for a limit that is not a number >= 0.
 */
export class MemoryStore implements CacheStore {
  readonly #entries = new Map<string, { entry: CacheEntry; size: number }>();
  readonly #maxEntries: number;
  readonly #maxSize: number;
  readonly #maxEntrySize: number;
  #size = 0;

  /**
   * Makes an empty store with the given limits (default 1000 entries, 100 MiB).
   * @example
   * ```ts
   * const store = new MemoryStore({ maxEntries: 500, maxEntrySize: 2 * 2 ** 20 });
   * installCache(session, { store });
   * ```
   */
  constructor(options: MemoryStoreOptions = {}) {
    this.#maxEntries = limit('maxEntries', options.maxEntries, 1000);
    this.#maxSize = limit('maxSize', options.maxSize, 100 * 2 ** 20);
    this.#maxEntrySize = limit('maxEntrySize', options.maxEntrySize, this.#maxSize);
  }

  /** Bytes held (an estimate: bodies plus headers). */
  get size(): number {
    return this.#size;
  }

  /** Entries held. */
  get count(): number {
    return this.#entries.size;
  }

  /**
   * Reads the entry under `key`; `undefined` when absent or past its `expiresAt`.
   * @example
   * ```ts
   * const store = new MemoryStore();
   * const entry = await store.get('GET https://example.org/data');
   * console.log(entry?.variants[0]?.status);
   * ```
   */
  get(key: string): Promise<CacheEntry | undefined> {
    const slot = this.#entries.get(key);
    if (slot === undefined) return Promise.resolve(undefined);
    if (slot.entry.expiresAt !== null && slot.entry.expiresAt <= Date.now()) {
      this.#remove(key);
      return Promise.resolve(undefined);
    }
    // Most recently used goes last: Map keeps insertion order.
    this.#entries.delete(key);
    this.#entries.set(key, slot);
    return Promise.resolve(slot.entry);
  }

  /**
   * Stores `entry` under its key, replacing what was there.
   * @example
   * ```ts
   * const source = new MemoryStore();
   * const store = new MemoryStore();
   * const entry = await source.get('GET https://example.org/data');
   * if (entry !== undefined) await store.set(entry.key, entry);
   * ```
   */
  set(key: string, entry: CacheEntry): Promise<void> {
    this.#remove(key);
    const size = entrySize(entry);
    if (size > this.#maxEntrySize) return Promise.resolve();
    this.#entries.set(key, { entry, size });
    this.#size += size;
    this.#evict();
    return Promise.resolve();
  }

  /**
   * Removes the entry under `key`; no error when there is none.
   * @example
   * ```ts
   * const store = new MemoryStore();
   * await store.delete('GET https://example.org/data');
   * ```
   */
  delete(key: string): Promise<void> {
    this.#remove(key);
    return Promise.resolve();
  }

  /**
   * Lists every key held (`GET https://…` style: method and URL).
   * @example
   * ```ts
   * const store = new MemoryStore();
   * for (const key of await store.keys()) console.log(key);
   * ```
   */
  keys(): Promise<string[]> {
    return Promise.resolve([...this.#entries.keys()]);
  }

  /**
   * Removes every entry of this store.
   * @example
   * ```ts
   * const store = new MemoryStore();
   * await store.clear();
   * ```
   */
  clear(): Promise<void> {
    this.#entries.clear();
    this.#size = 0;
    return Promise.resolve();
  }

  /**
   * Does nothing (a memory store holds no connection or file); here so that every store closes alike.
   * @example
   * ```ts
   * const store = new MemoryStore();
   * await store.close();
   * ```
   */
  close(): Promise<void> {
    return Promise.resolve();
  }

  #remove(key: string): void {
    const slot = this.#entries.get(key);
    if (slot === undefined) return;
    this.#entries.delete(key);
    this.#size -= slot.size;
  }

  #evict(): void {
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries && this.#size <= this.#maxSize) return;
      this.#remove(key);
    }
  }
}

function limit(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value >= 0))
    throw new RangeError(`MemoryStore ${name} must be a number >= 0, got ${String(value)}`);
  return value;
}
