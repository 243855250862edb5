/** RedisStore: entries in Redis, shared by every process and machine that reaches it; each key expires with its entry. */
import type { CacheEntry, CacheStore } from './cache-store.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';

/**
 * The commands a RedisStore uses: an ioredis client (`new Redis(url)`) has them.
 * @example
 * ```ts
 * // `client`: an ioredis `new Redis(url)`, or any client with these commands.
 * function httpCacheStore(client: RedisClientLike): RedisStore {
 *   return new RedisStore({ client, prefix: 'myapp:http:' });
 * }
 * ```
 */
export interface RedisClientLike {
  /** Reads a key's value as bytes (`null` when absent). */
  getBuffer(key: string): Promise<Buffer | null>;
  /** Writes a key's value, expiring after `ms` milliseconds (`'PX'`) or never. */
  set(key: string, value: Buffer, mode: 'PX', ms: number): Promise<unknown>;
  /** Writes a key's value with no expiry. */
  set(key: string, value: Buffer): Promise<unknown>;
  /** Deletes keys; resolves to how many existed. */
  del(...keys: string[]): Promise<number>;
  /** One step of a `SCAN` over the keys matching `pattern`: the next cursor (`'0'` at the end) and a batch of keys. */
  scan(
    cursor: string | number,
    match: 'MATCH',
    pattern: string,
    count: 'COUNT',
    n: number,
  ): Promise<[string, string[]]>;
  /** Closes the connection once pending commands are answered. */
  quit(): Promise<unknown>;
}

/**
 * Options of a RedisStore.
 * @example
 * installCache(session, { store: new RedisStore({ url: 'redis://localhost:6379', prefix: 'myapp:http:' }) });
 */
export interface RedisStoreOptions {
  /** A `redis://` URL for a client the store makes (with ioredis) and closes; default `redis://127.0.0.1:6379`. */
  url?: string | undefined;
  /** A client of yours (left open by `close()`); wins over `url`. */
  client?: RedisClientLike | undefined;
  /** Prefix of every key (default `reqs-cache:`), so one Redis serves several caches. */
  prefix?: string | undefined;
}

// In a variable: ioredis is an optional dependency, loaded on first use.
const IOREDIS = 'ioredis';

/**
 * A store in Redis, for caches shared by many processes and machines. Every key gets a TTL
 * from its entry's lifetime (freshness plus the stale allowances), so nothing stays forever
 * but what `expireAfter: 'never'` stored. Makes its client with the optional ioredis package,
 * loaded on first use, unless given one.
 *
 * @example
 * installCache(session, { store: new RedisStore({ url: 'redis://cache.internal:6379' }), shared: true });
 */
export class RedisStore implements CacheStore {
  readonly #prefix: string;
  readonly #url: string;
  readonly #owned: boolean;
  #client: Promise<RedisClientLike> | null;

  /**
   * Makes a store; nothing connects until the first call (ioredis is loaded then, unless given a client).
   * @example
   * ```ts
   * const store = new RedisStore({ url: 'redis://cache.internal:6379', prefix: 'myapp:http:' });
   * installCache(session, { store, shared: true });
   * ```
   */
  constructor(options: RedisStoreOptions = {}) {
    this.#prefix = options.prefix ?? 'reqs-cache:';
    this.#url = options.url ?? 'redis://127.0.0.1:6379';
    this.#owned = options.client === undefined;
    this.#client = options.client === undefined ? null : Promise.resolve(options.client);
  }

  /**
   * Reads the entry under `key`; `undefined` when absent or past its `expiresAt`.
   * @example
   * ```ts
   * const store = new RedisStore({ url: 'redis://localhost:6379' });
   * const entry = await store.get('GET https://example.org/data');
   * console.log(entry?.variants[0]?.status);
   * ```
   */
  async get(key: string): Promise<CacheEntry | undefined> {
    const bytes = await (await this.#connect()).getBuffer(this.#prefix + key);
    return bytes === null ? undefined : decodeEntry(bytes);
  }

  /**
   * Stores `entry` under its key, replacing what was there; the Redis key expires at the entry's `expiresAt`.
   * @example
   * ```ts
   * const source = new MemoryStore();
   * const store = new RedisStore({ url: 'redis://localhost:6379' });
   * const entry = await source.get('GET https://example.org/data');
   * if (entry !== undefined) await store.set(entry.key, entry);
   * ```
   */
  async set(key: string, entry: CacheEntry): Promise<void> {
    const client = await this.#connect();
    const bytes = encodeEntry(entry);
    const value = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (entry.expiresAt === null) {
      await client.set(this.#prefix + key, value);
      return;
    }
    const ttl = Math.ceil(entry.expiresAt - Date.now());
    if (ttl > 0) await client.set(this.#prefix + key, value, 'PX', ttl);
    else await client.del(this.#prefix + key);
  }

  /**
   * Removes the entry under `key`; no error when there is none.
   * @example
   * ```ts
   * const store = new RedisStore({ url: 'redis://localhost:6379' });
   * await store.delete('GET https://example.org/data');
   * ```
   */
  async delete(key: string): Promise<void> {
    await (await this.#connect()).del(this.#prefix + key);
  }

  /**
   * Lists every key under this store's prefix (prefix removed) (`GET https://…` style: method and URL).
   * @example
   * ```ts
   * const store = new RedisStore({ url: 'redis://localhost:6379' });
   * for (const key of await store.keys()) console.log(key);
   * ```
   */
  async keys(): Promise<string[]> {
    const keys: string[] = [];
    for await (const batch of this.#scan())
      for (const key of batch) keys.push(key.slice(this.#prefix.length));
    return keys;
  }

  /**
   * Removes every key under this store's prefix (other data in the Redis database stays).
   * @example
   * ```ts
   * const store = new RedisStore({ url: 'redis://localhost:6379' });
   * await store.clear();
   * ```
   */
  async clear(): Promise<void> {
    const client = await this.#connect();
    for await (const batch of this.#scan()) if (batch.length > 0) await client.del(...batch);
  }

  /**
   * Quits the client the store made (a client you gave stays open).
   * @example
   * ```ts
   * const store = new RedisStore();
   * try {
   *   console.log((await store.keys()).length);
   * } finally {
   *   await store.close();
   * }
   * ```
   */
  async close(): Promise<void> {
    const client = this.#client;
    this.#client = null;
    if (client !== null && this.#owned) await (await client).quit();
  }

  async *#scan(): AsyncGenerator<string[], void, undefined> {
    const client = await this.#connect();
    const pattern = `${this.#prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    let cursor = '0';
    do {
      const [next, batch] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
      cursor = next;
      yield batch;
    } while (cursor !== '0');
  }

  #connect(): Promise<RedisClientLike> {
    this.#client ??= this.#makeClient();
    return this.#client;
  }

  async #makeClient(): Promise<RedisClientLike> {
    let module: {
      Redis?: new (
        url: string,
        options: object,
      ) => RedisClientLike & { on(event: 'error', listener: () => void): unknown };
    };
    try {
      module = await import(IOREDIS);
    } catch (cause) {
      throw new Error(
        'RedisStore needs the ioredis package (npm install ioredis), or a client of yours in { client }',
        {
          cause,
        },
      );
    }
    if (module.Redis === undefined) throw new Error('RedisStore: the ioredis package has no Redis export');
    // Fail fast while Redis is down rather than queueing cache lookups forever.
    const client = new module.Redis(this.#url, { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    // Connection errors reach the cache as failed commands (counted in stats().errors); without
    // a listener ioredis would also print each reconnection failure.
    client.on('error', () => {});
    return client;
  }
}
