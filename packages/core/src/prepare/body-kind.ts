/** Classifies what `data` is: empty, a form, bytes-like, or a stream. */
import type { DataInit, FormInit, FormMapping } from '../request-init.js';

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
  // A mapping that tells its size (a Map, a CaseInsensitiveDict) is empty at 0, as Python's `not`.
  if (isMapping(data)) return (data as { size?: unknown }).size === 0;
  return false;
}

/**
 * True for a user mapping that is not a plain object: a `Map`, or an object with `items()`
 * (a `CaseInsensitiveDict`, a class of the user's) — form-encoded as Requests does for a
 * custom `Mapping`.
 */
export function isMapping(data: unknown): data is FormMapping {
  if (data instanceof Map) return true;
  if (typeof data !== 'object' || data === null || isPlainObject(data)) return false;
  return typeof (data as { items?: unknown }).items === 'function';
}

/**
 * True for a Node `Readable`, a web `ReadableStream`, or a (sync or async) iterable of chunks —
 * never a `Set` (see {@link isSet}) or a mapping (see {@link isMapping}).
 */
export function isStream(data: DataInit): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || isSet(data) || isMapping(data))
    return false;
  if (data instanceof Uint8Array || data instanceof Blob || data instanceof URLSearchParams) return false;
  return (
    typeof (data as { pipe?: unknown }).pipe === 'function' ||
    typeof (data as { getReader?: unknown }).getReader === 'function' ||
    typeof (data as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === 'function' ||
    typeof (data as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function'
  );
}

/**
 * True for a `Set`, which is neither a form nor a body: a `Set` of chunks drops repeated ones.
 * `prepareBody` refuses it (a `Map` is a form, see {@link isMapping}).
 */
export function isSet(data: unknown): data is ReadonlySet<unknown> {
  return data instanceof Set;
}
/** True for a form: an object of fields, an array of pairs, `URLSearchParams`, or a user mapping. */
export function isForm(data: DataInit): data is FormInit {
  return Array.isArray(data) || data instanceof URLSearchParams || isPlainObject(data) || isMapping(data);
}

/** True for an object made by `{…}`, `JSON.parse` or `Object.create(null)` (not a class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
