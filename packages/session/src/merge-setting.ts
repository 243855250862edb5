/** Merging a request setting over a session setting (Requests' merge_setting). */

/** A plain object used as a mapping (not an array, a Map, URLSearchParams or a class instance). */
function isMapping(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Merges a request's value for a setting over the session's, as Requests does:
 * - either one missing (`null`/`undefined`): the other;
 * - not both plain objects (`verify`, `auth`, a params string…): the request's;
 * - both plain objects: a new object with the session's entries, then the request's, and
 *   every key whose merged value is `null` removed (how a request removes a session entry).
 * Neither input is changed.
 *
 * @example
 * mergeSetting({ b: '2', a: null }, { a: '1', c: '3' }); // { c: '3', b: '2' }
 * mergeSetting(false, true); // false
 */
export function mergeSetting<T>(
  requestSetting: T | null | undefined,
  sessionSetting: T | null | undefined,
): T | null | undefined {
  if (sessionSetting == null) return requestSetting;
  if (requestSetting == null) return sessionSetting;
  if (!isMapping(requestSetting) || !isMapping(sessionSetting)) return requestSetting;
  const merged: Record<string, unknown> = {};
  for (const source of [sessionSetting, requestSetting] as Readonly<Record<string, unknown>>[]) {
    for (const key of Object.keys(source)) {
      // defineProperty: a key named "__proto__" stays a key.
      Object.defineProperty(merged, key, {
        value: source[key],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  for (const key of Object.keys(merged)) if (merged[key] == null) delete merged[key];
  return merged as T;
}

/** True for `null`, `undefined`, or a plain object without own keys. */
export function isEmptySetting(value: unknown): boolean {
  if (value == null) return true;
  if (!isMapping(value)) return false;
  for (const _ in value) return false;
  return true;
}
