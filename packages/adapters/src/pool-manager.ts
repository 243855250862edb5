// The pools of an adapter (urllib3's PoolManager): one per origin, route and TLS setting, LRU-bounded.
import type { ConnectionPool } from './connection-pool.js';

/**
 * Holds at most `capacity` pools, least recently used evicted first (and closed: its idle
 * connections at once, busy ones when their response is done).
 */
export class PoolManager {
  readonly #pools = new Map<string, ConnectionPool>();
  readonly #capacity: number;
  #lastKey: string | null = null;

  constructor(capacity: number) {
    this.#capacity = Math.max(1, capacity);
  }

  /** The pool for `key`, made by `create` when missing. */
  get(key: string, create: () => ConnectionPool): ConnectionPool {
    let pool = this.#pools.get(key);
    if (pool !== undefined) {
      // Refresh recency; skipped for the hot case of the same pool again.
      if (this.#lastKey !== key) {
        this.#pools.delete(key);
        this.#pools.set(key, pool);
        this.#lastKey = key;
      }
      return pool;
    }
    pool = create();
    this.#pools.set(key, pool);
    this.#lastKey = key;
    if (this.#pools.size > this.#capacity) {
      const [oldestKey, oldest] = this.#pools.entries().next().value as [string, ConnectionPool];
      this.#pools.delete(oldestKey);
      void oldest.close();
    }
    return pool;
  }

  /** How many pools are held. */
  get size(): number {
    return this.#pools.size;
  }

  /** Closes every pool and forgets them (the adapter stays usable: new pools are made on demand). */
  async clear(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    this.#lastKey = null;
    await Promise.all(pools.map((pool) => pool.close()));
  }
}
