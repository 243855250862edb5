/** installCache: one cache in front of every adapter a session has mounted. */
import type { Adapter } from '@reqs/core';
import { CacheAdapter } from './cache-adapter.js';
import type { CacheOptions } from './cache-options.js';
import { HttpCache } from './http-cache.js';

/**
 * What installCache needs from a session (a `Session` of @reqs/session is one).
 * @example
 * ```ts
 * function cacheAll(target: MountingSession): HttpCache {
 *   return installCache(target, { store: new MemoryStore() });
 * }
 * cacheAll(new Session());
 * ```
 */
export interface MountingSession {
  /** The adapters mounted, by URL prefix. */
  readonly adapters: ReadonlyMap<string, Adapter>;
  /** Mounts `adapter` for URLs starting with `prefix`, replacing what was mounted there. */
  mount(prefix: string, adapter: Adapter): void;
}

/**
 * Wraps every adapter mounted on `session` in a {@link CacheAdapter}, all sharing one cache,
 * and returns that cache (for `keys()`, `delete()`, `clear()`, `stats()`). An adapter mounted
 * under several prefixes gets one wrapper; adapters already caching are left as they are.
 * Adapters mounted later are not wrapped. The cache closes with the session.
 *
 * @example
 * const cache = installCache(session, { store: new SqliteStore('.cache/http.sqlite') });
 * @throws TypeError / RangeError for invalid options.
 */
export function installCache(session: MountingSession, options: CacheOptions | HttpCache = {}): HttpCache {
  const cache = options instanceof HttpCache ? options : new HttpCache(options);
  const wrappers = new Map<Adapter, CacheAdapter>();
  for (const [prefix, adapter] of [...session.adapters]) {
    if (adapter instanceof CacheAdapter) continue;
    let wrapper = wrappers.get(adapter);
    if (wrapper === undefined) {
      wrapper = new CacheAdapter(adapter, cache);
      wrappers.set(adapter, wrapper);
    }
    session.mount(prefix, wrapper);
  }
  return cache;
}
