/** The conformance kit: what every CacheStore must do, as named cases any test runner can run. */
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import type { CacheEntry, CacheStore, StoredResponse } from './cache-store.js';

/**
 * One case: a name and a check that throws (node:assert) when the store misbehaves.
 * @example
 * ```ts
 * const failed: string[] = [];
 * for (const c of storeConformanceCases) await c.run(await makeEmptyStore()).catch(() => failed.push(c.name));
 * ```
 */
export interface StoreConformanceCase {
  /** What the case checks, as a test title. */
  readonly name: string;
  /** Runs the check on `store` (fresh and empty); rejects with an assertion error when the store misbehaves. */
  run(store: CacheStore): Promise<void>;
}

function variant(body: string, extra: Partial<StoredResponse> = {}): StoredResponse {
  return {
    status: 200,
    reason: 'OK',
    url: 'http://example.test/a',
    headers: [
      ['Content-Type', 'text/plain'],
      ['ETag', '"v1"'],
    ],
    body: new TextEncoder().encode(body),
    varyValues: { 'accept-language': 'en' },
    requestTime: 1_700_000_000_000,
    responseTime: 1_700_000_000_050,
    lifetime: 60_000,
    ...extra,
  };
}

function entry(
  key: string,
  variants: StoredResponse[],
  expiresAt: number | null = Date.now() + 60_000,
): CacheEntry {
  return { key, variants, expiresAt };
}

/**
 * The cases every store passes. Give each a fresh, empty store.
 *
 * @example
 * for (const c of storeConformanceCases) it(c.name, async () => c.run(await makeEmptyStore()));
 */
export const storeConformanceCases: readonly StoreConformanceCase[] = [
  {
    name: 'get of a missing key resolves undefined',
    async run(store) {
      strictEqual(await store.get('GET http://example.test/none'), undefined);
    },
  },
  {
    name: 'set then get returns the entry: fields, headers, bytes and variants intact',
    async run(store) {
      const bytes = new Uint8Array(256).map((_, i) => i);
      const stored = entry('GET http://example.test/a', [
        variant('', { body: bytes, headers: [['X-Multi', 'a, b']], varyValues: { accept: null } }),
        variant('second'),
      ]);
      await store.set(stored.key, stored);
      const got = await store.get(stored.key);
      ok(got !== undefined, 'the entry is found');
      strictEqual(got.key, stored.key);
      strictEqual(got.expiresAt, stored.expiresAt);
      strictEqual(got.variants.length, 2);
      deepStrictEqual(new Uint8Array(got.variants[0]?.body ?? []), bytes);
      deepStrictEqual(got.variants[0]?.headers, [['X-Multi', 'a, b']]);
      deepStrictEqual({ ...got.variants[0]?.varyValues }, { accept: null });
      strictEqual(new TextDecoder().decode(got.variants[1]?.body), 'second');
      strictEqual(got.variants[1]?.lifetime, 60_000);
      strictEqual(got.variants[1]?.responseTime, 1_700_000_000_050);
    },
  },
  {
    name: 'an infinite lifetime and a null expiresAt survive',
    async run(store) {
      const stored = entry(
        'GET http://example.test/never',
        [variant('x', { lifetime: Number.POSITIVE_INFINITY })],
        null,
      );
      await store.set(stored.key, stored);
      const got = await store.get(stored.key);
      strictEqual(got?.expiresAt, null);
      strictEqual(got?.variants[0]?.lifetime, Number.POSITIVE_INFINITY);
    },
  },
  {
    name: 'set replaces the entry under the same key',
    async run(store) {
      await store.set('k', entry('k', [variant('old')]));
      await store.set('k', entry('k', [variant('new')]));
      strictEqual(new TextDecoder().decode((await store.get('k'))?.variants[0]?.body), 'new');
      deepStrictEqual(await store.keys(), ['k']);
    },
  },
  {
    name: 'delete removes one key and ignores a missing one',
    async run(store) {
      await store.set('a', entry('a', [variant('a')]));
      await store.set('b', entry('b', [variant('b')]));
      await store.delete('a');
      await store.delete('missing');
      strictEqual(await store.get('a'), undefined);
      deepStrictEqual(await store.keys(), ['b']);
    },
  },
  {
    name: 'keys lists every key, with any characters',
    async run(store) {
      const keys = [
        'GET http://example.test/a?x=1&y=%20',
        'HEAD http://example.test/ü',
        'GET http://example.test/*[]',
      ];
      for (const key of keys) await store.set(key, entry(key, [variant(key)]));
      deepStrictEqual((await store.keys()).sort(), keys.slice().sort());
    },
  },
  {
    name: 'an entry past its expiresAt is not returned',
    async run(store) {
      await store.set('later', entry('later', [variant('x')], Date.now() + 60_000));
      await store.set('past', entry('past', [variant('x')], Date.now() - 1));
      ok((await store.get('later')) !== undefined, 'an entry not yet expired is found');
      strictEqual(await store.get('past'), undefined);
    },
  },
  {
    name: 'clear (when implemented) removes everything',
    async run(store) {
      await store.set('a', entry('a', [variant('a')]));
      await store.set('b', entry('b', [variant('b')]));
      if (store.clear === undefined) return;
      await store.clear();
      deepStrictEqual(await store.keys(), []);
    },
  },
];
