/** Entries as bytes, for stores that keep bytes (SQLite, Redis): a JSON head, then the bodies back to back. */
import type { CacheEntry, StoredResponse } from './cache-store.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Turns an entry into bytes, for a store that keeps bytes: `[u32 head length][head JSON][body 1][body 2]…`;
 * the head lists each body's length.
 * @example
 * ```ts
 * class FileStore implements CacheStore {
 *   #path = (key: string) => join('.cache', `${encodeURIComponent(key)}.bin`);
 *   async get(key: string) {
 *     try {
 *       return decodeEntry(await readFile(this.#path(key)));
 *     } catch {
 *       return undefined;
 *     }
 *   }
 *   async set(key: string, entry: CacheEntry) { await writeFile(this.#path(key), encodeEntry(entry)); }
 *   async delete() {}
 *   async keys() { return []; }
 * }
 * ```
 */
export function encodeEntry(entry: CacheEntry): Uint8Array {
  const variants = entry.variants.map(({ body, ...rest }) => ({
    ...rest,
    lifetime: finite(rest.lifetime),
    bodyLength: body.byteLength,
  }));
  const head = encoder.encode(JSON.stringify({ key: entry.key, expiresAt: entry.expiresAt, variants }));
  let size = 4 + head.byteLength;
  for (const variant of entry.variants) size += variant.body.byteLength;
  const bytes = new Uint8Array(size);
  new DataView(bytes.buffer).setUint32(0, head.byteLength);
  bytes.set(head, 4);
  let offset = 4 + head.byteLength;
  for (const variant of entry.variants) {
    bytes.set(variant.body, offset);
    offset += variant.body.byteLength;
  }
  return bytes;
}

/**
 * Reads back the entry `encodeEntry` wrote; bodies are copies of their own.
 * @example
 * ```ts
 * const entry = await cache.store.get('GET https://example.org/data');
 * if (entry !== undefined) console.log(decodeEntry(encodeEntry(entry)).variants.length);
 * ```
 */
export function decodeEntry(bytes: Uint8Array): CacheEntry {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headLength = view.getUint32(0);
  const head = JSON.parse(decoder.decode(bytes.subarray(4, 4 + headLength))) as EncodedHead;
  let offset = 4 + headLength;
  const variants: StoredResponse[] = head.variants.map(({ bodyLength, ...rest }) => {
    const body = bytes.slice(offset, offset + bodyLength);
    offset += bodyLength;
    return { ...rest, lifetime: rest.lifetime ?? Number.POSITIVE_INFINITY, body };
  });
  return { key: head.key, expiresAt: head.expiresAt, variants };
}

interface EncodedHead {
  key: string;
  expiresAt: number | null;
  variants: (Omit<StoredResponse, 'body' | 'lifetime'> & { lifetime: number | null; bodyLength: number })[];
}

/** JSON has no Infinity: `'never'` lifetimes travel as null. */
function finite(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}
