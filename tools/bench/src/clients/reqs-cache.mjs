// reqs through one Session with @reqs/cache installed (installCache over its HTTPAdapter): after
// the first request every GET of /small is a fresh hit, from memory or from an SQLite file. Set
// against the same GET over loopback without a cache (issue 18: ≥ 10 × from MemoryStore,
// ≥ 3 × from SqliteStore). `expireAfter: 'never'` makes /small (which has no Cache-Control) fresh.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installCache, MemoryStore, SqliteStore } from '@reqs/cache';
import { loadReqs } from './load-reqs.mjs';

/** @param {string} what */
const unsupported = (what) => () => Promise.reject(new Error(`reqs-cache does not ${what}`));

/**
 * @param {string} name
 * @param {string} label
 * @param {() => { store: import('@reqs/cache').CacheStore, cleanup(): void }} makeStore
 * @returns {import('./driver.mjs').ClientSpec}
 */
function cachingClient(name, label, makeStore) {
  return {
    name,
    label,
    library: '@reqs/cache',
    async create(origin) {
      const requests = await loadReqs();
      const session = new requests.Session();
      const { store, cleanup } = makeStore();
      installCache(/** @type {import('@reqs/cache').MountingSession} */ (/** @type {unknown} */ (session)), {
        store,
        expireAfter: 'never',
      });
      return {
        async getJson(path) {
          return (await session.get(origin + path)).json();
        },
        post: unsupported('POST'),
        download: unsupported('download'),
        upload: unsupported('upload'),
        async close() {
          await session.close();
          cleanup();
        },
      };
    },
  };
}

export const reqsCacheMemory = cachingClient(
  'reqs-cache-memory',
  'reqs Session + cache (MemoryStore)',
  () => ({
    store: new MemoryStore(),
    cleanup() {},
  }),
);

export const reqsCacheSqlite = cachingClient(
  'reqs-cache-sqlite',
  'reqs Session + cache (SqliteStore)',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqs-bench-cache-'));
    return {
      store: new SqliteStore(join(dir, 'http.sqlite')),
      cleanup: () => rmSync(dir, { recursive: true, force: true }),
    };
  },
);
