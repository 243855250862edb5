/** The store interface: what a cache backend implements (dumb key → entry storage; policy lives in the adapter). */

/**
 * One stored response: a variant of a URL, chosen by the request headers its `Vary` names.
 * @example
 * ```ts
 * const entry = await cache.store.get('GET https://example.org/data');
 * for (const variant of entry?.variants ?? [])
 *   console.log(variant.status, variant.varyValues, new TextDecoder().decode(variant.body));
 * ```
 */
export interface StoredResponse {
  /** The status code, e.g. 200. */
  readonly status: number;
  /** The reason phrase as received. */
  readonly reason: string;
  /** The URL it answered (auth-looking query parameters removed). */
  readonly url: string;
  /** The response headers as `[name, value]` pairs (`Set-Cookie` never stored). */
  readonly headers: readonly (readonly [string, string])[];
  /** The decoded body. */
  readonly body: Uint8Array;
  /** The request headers this variant answers, by lower-cased name (`Vary` and `matchHeaders`); null = absent. */
  readonly varyValues: Readonly<Record<string, string | null>>;
  /** When the request was sent (ms since the epoch). */
  readonly requestTime: number;
  /** When the response headers arrived (ms since the epoch). */
  readonly responseTime: number;
  /** Freshness lifetime in ms as decided when stored (`Infinity` for `expireAfter: 'never'`). */
  readonly lifetime: number;
}

/**
 * What a store holds under one key: the variants of one method + URL, newest first.
 * @example
 * ```ts
 * const entry: CacheEntry = {
 *   key: 'GET https://example.org/data',
 *   expiresAt: Date.now() + 60_000,
 *   variants: [
 *     {
 *       status: 200,
 *       reason: 'OK',
 *       url: 'https://example.org/data',
 *       headers: [['Content-Type', 'application/json']],
 *       body: new TextEncoder().encode('{"ok":true}'),
 *       varyValues: {},
 *       requestTime: Date.now(),
 *       responseTime: Date.now(),
 *       lifetime: 60_000,
 *     },
 *   ],
 * };
 * await new MemoryStore().set(entry.key, entry);
 * ```
 */
export interface CacheEntry {
  /** The method + URL this entry answers, e.g. `GET https://example.org/a`. */
  readonly key: string;
  /** The variants, newest first. */
  readonly variants: readonly StoredResponse[];
  /**
   * When the store may drop the entry (ms since the epoch): past its freshness and every
   * allowance to serve it stale or revalidate it. `null`: never (only with `expireAfter: 'never'`).
   */
  readonly expiresAt: number | null;
}

/**
 * A cache backend. Implement it to keep responses anywhere (a database, a remote cache); run
 * the conformance kit (`storeConformanceCases`) against your implementation.
 *
 * @example
 * class MapStore implements CacheStore {
 *   #map = new Map<string, CacheEntry>();
 *   async get(key: string) { return this.#map.get(key); }
 *   async set(key: string, entry: CacheEntry) { this.#map.set(key, entry); }
 *   async delete(key: string) { this.#map.delete(key); }
 *   async keys() { return [...this.#map.keys()]; }
 * }
 */
export interface CacheStore {
  /** The entry under `key`, or `undefined` (also when past its `expiresAt`). */
  get(key: string): Promise<CacheEntry | undefined>;
  /** Stores `entry` under `key`, replacing what was there; a store may drop it (size limits). */
  set(key: string, entry: CacheEntry): Promise<void>;
  /** Removes `key`; no error when absent. */
  delete(key: string): Promise<void>;
  /** Every key held (expired ones may be listed until removed). */
  keys(): Promise<string[]>;
  /** Removes every entry (defaults to deleting each key). */
  clear?(): Promise<void>;
  /** Releases connections and files. */
  close?(): Promise<void>;
}

/** The bytes an entry takes: bodies plus headers (an estimate for size limits). */
export function entrySize(entry: CacheEntry): number {
  let size = entry.key.length;
  for (const variant of entry.variants) {
    size += variant.body.byteLength + variant.url.length + 64;
    for (const [name, value] of variant.headers) size += name.length + value.length;
  }
  return size;
}
