/** Classifies what `data` is: empty, a form, bytes-like, or a stream. */
import type { DataInit, FormInit } from '../request-init.js';

/**
 * True when `data` counts as not given, as Python's `not data`: `null`, `undefined`, `''`,
 * empty bytes, an empty array, an object without keys, empty `URLSearchParams`.
 */
export function isEmptyData(data: DataInit | null | undefined): data is null | undefined {
  if (data == null) return true;
  if (typeof data === 'string' || Array.isArray(data)) return data.length === 0;
  if (data instanceof Uint8Array) return data.byteLength === 0;
  if (data instanceof URLSearchParams) return data.size === 0;
  if (isPlainObject(data)) return Object.keys(data).length === 0;
  return false;
}

/**
 * True for a Node `Readable`, a web `ReadableStream`, or a (sync or async) iterable of chunks —
 * never a `Map` or `Set` (see {@link isCollection}).
 */
export function isStream(data: DataInit): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || isCollection(data)) return false;
  if (data instanceof Uint8Array || data instanceof Blob || data instanceof URLSearchParams) return false;
  return (
    typeof (data as { pipe?: unknown }).pipe === 'function' ||
    typeof (data as { getReader?: unknown }).getReader === 'function' ||
    typeof (data as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
    typeof (data as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
  );
}

/**
 * True for a `Map` or a `Set`, which are neither a form nor a body: a `Map` iterated as chunks
 * would fail mid-send, and a `Set` of chunks drops repeated ones. `prepareBody` refuses both.
 */
export function isCollection(data: unknown): data is ReadonlyMap<unknown, unknown> | ReadonlySet<unknown> {
  return data instanceof Map || data instanceof Set;
}

/** True for a form: an object of fields, an array of pairs, or `URLSearchParams`. */
export function isForm(data: DataInit): data is FormInit {
  return Array.isArray(data) || data instanceof URLSearchParams || isPlainObject(data);
}

/** True for an object made by `{…}`, `JSON.parse` or `Object.create(null)` (not a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
