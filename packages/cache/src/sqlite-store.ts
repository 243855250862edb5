/** SqliteStore: entries in an SQLite file, shared safely by the processes of one machine (WAL, busy timeout). */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { CacheEntry, CacheStore } from './cache-store.js';
import { decodeEntry, encodeEntry } from './entry-codec.js';
import { openSqlite, type SqliteDatabase, type SqliteStatement } from './open-sqlite.js';

/**
 * Options of a SqliteStore.
 * @example
 * new SqliteStore('.cache/http.sqlite', { busyTimeout: 5_000 }); // several processes share the file
 */
export interface SqliteStoreOptions {
  /** How long to wait for another process's write lock, ms (default 5000). */
  busyTimeout?: number | undefined;
}

interface Statements {
  readonly db: SqliteDatabase;
  readonly get: SqliteStatement;
  readonly set: SqliteStatement;
  readonly delete: SqliteStatement;
  readonly keys: SqliteStatement;
  readonly clear: SqliteStatement;
  readonly purge: SqliteStatement;
}

/** Expired rows are purged every this many writes. */
const PURGE_EVERY = 200;

/**
 * A persistent store in one SQLite file (created with its folder when missing): the embedded
 * default for a cache that outlives the process. Several processes may share the file: WAL
 * journaling lets readers run beside a writer, and a writer waits up to `busyTimeout` for
 * another's lock. Uses `node:sqlite` where the Node.js version has it (>= 22.5), else the
 * optional better-sqlite3 package, loaded on first use.
 *
 * @example
 * installCache(session, { store: new SqliteStore('.cache/http.sqlite') });
 */
export class SqliteStore implements CacheStore {
  /** The database file. */
  readonly path: string;
  readonly #busyTimeout: number;
  #opening: Promise<Statements> | null = null;
  #writes = 0;

  /**
   * Makes a store on the file at `path`; nothing is opened until the first call.
   * @example
   * ```ts
   * const store = new SqliteStore(join(homedir(), '.cache', 'my-tool', 'http.sqlite'), { busyTimeout: 10_000 });
   * installCache(session, { store });
   * ```
   * @throws TypeError for an empty path; RangeError for a bad busyTimeout.
   */
  constructor(path: string, options: SqliteStoreOptions = {}) {
    if (typeof path !== 'string' || path === '') throw new TypeError('SqliteStore needs a file path');
    const busyTimeout = options.busyTimeout ?? 5000;
    if (!Number.isInteger(busyTimeout) || busyTimeout < 0)
      throw new RangeError(
        `SqliteStore busyTimeout must be an integer >= 0 (ms), got ${String(busyTimeout)}`,
      );
    this.path = path;
    this.#busyTimeout = busyTimeout;
  }

  /**
   * Reads the entry under `key`; `undefined` when absent or past its `expiresAt`.
   * @example
   * ```ts
   * const store = new SqliteStore('.cache/http.sqlite');
   * const entry = await store.get('GET https://example.org/data');
   * console.log(entry?.variants[0]?.status);
   * ```
   */
  async get(key: string): Promise<CacheEntry | undefined> {
    const s = await this.#open();
    const row = s.get.get(key) as { value: Uint8Array; expires_at: number | null } | undefined;
    if (row === undefined) return undefined;
    if (row.expires_at !== null && row.expires_at <= Date.now()) return undefined;
    return decodeEntry(row.value);
  }

  /**
   * Stores `entry` under its key, replacing what was there (expired rows are purged now and then).
   * @example
   * ```ts
   * const source = new MemoryStore();
   * const store = new SqliteStore('.cache/http.sqlite');
   * const entry = await source.get('GET https://example.org/data');
   * if (entry !== undefined) await store.set(entry.key, entry);
   * ```
   */
  async set(key: string, entry: CacheEntry): Promise<void> {
    const s = await this.#open();
    s.set.run(key, encodeEntry(entry), entry.expiresAt);
    if (++this.#writes % PURGE_EVERY === 0) s.purge.run(Date.now());
  }

  /**
   * Removes the entry under `key`; no error when there is none.
   * @example
   * ```ts
   * const store = new SqliteStore('.cache/http.sqlite');
   * await store.delete('GET https://example.org/data');
   * ```
   */
  async delete(key: string): Promise<void> {
    (await this.#open()).delete.run(key);
  }

  /**
   * Lists every key held (`GET https://…` style: method and URL).
   * @example
   * ```ts
   * const store = new SqliteStore('.cache/http.sqlite');
   * for (const key of await store.keys()) console.log(key);
   * ```
   */
  async keys(): Promise<string[]> {
    const rows = (await this.#open()).keys.all() as { key: string }[];
    return rows.map((row) => row.key);
  }

  /**
   * Removes every entry of the file.
   * @example
   * ```ts
   * const store = new SqliteStore('.cache/http.sqlite');
   * await store.clear();
   * ```
   */
  async clear(): Promise<void> {
    (await this.#open()).clear.run();
  }

  /**
   * Closes the file (a later call opens it again).
   * @example
   * ```ts
   * const store = new SqliteStore('.cache/http.sqlite');
   * const s = new Session();
   * installCache(s, { store });
   * await s.get('https://httpbin.org/cache/60');
   * await store.close();
   * ```
   */
  async close(): Promise<void> {
    const opening = this.#opening;
    this.#opening = null;
    if (opening !== null) (await opening).db.close();
  }

  #open(): Promise<Statements> {
    this.#opening ??= this.#connect();
    return this.#opening;
  }

  async #connect(): Promise<Statements> {
    mkdirSync(dirname(this.path), { recursive: true });
    const { db } = await openSqlite(this.path);
    // busy_timeout first: switching to WAL takes a lock another process may hold.
    db.exec(`PRAGMA busy_timeout = ${this.#busyTimeout}`);
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec(
      'CREATE TABLE IF NOT EXISTS reqs_cache (key TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL, expires_at INTEGER)',
    );
    return {
      db,
      get: db.prepare('SELECT value, expires_at FROM reqs_cache WHERE key = ?'),
      set: db.prepare('INSERT OR REPLACE INTO reqs_cache (key, value, expires_at) VALUES (?, ?, ?)'),
      delete: db.prepare('DELETE FROM reqs_cache WHERE key = ?'),
      keys: db.prepare('SELECT key FROM reqs_cache'),
      clear: db.prepare('DELETE FROM reqs_cache'),
      purge: db.prepare('DELETE FROM reqs_cache WHERE expires_at IS NOT NULL AND expires_at <= ?'),
    };
  }
}
