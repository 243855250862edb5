/** Reverse lookup: a status code's names in Requests' table. */
import { statusTable } from './status-table.js';

const none: readonly string[] = Object.freeze([]);

const namesByCode: ReadonlyMap<number, readonly string[]> = new Map(
  statusTable.map(([code, names]) => [code, Object.freeze([...names])]),
);

/**
 * The names Requests' table lists for a status code, in Requests' order, lower case only
 * (the first is the canonical one). An unknown code gives an empty array. The arrays are
 * frozen and shared between calls.
 *
 * The list is the table's, so it keeps a name that a later code took over: `statusNames(412)`
 * includes `'precondition'`, though `codes.precondition` is `428` (and `statusNames(122)`
 * includes `'uri_too_long'`, which is `414`).
 *
 * @example
 * ```ts
 * import { statusNames } from '@reqs/codes';
 *
 * statusNames(200);  // ['ok', 'okay', 'all_ok', 'all_okay', 'all_good', '\\o/', '✓']
 * statusNames(418);  // ['im_a_teapot', 'teapot', 'i_am_a_teapot']
 * statusNames(299);  // []
 * ```
 */
export function statusNames(code: number): readonly string[] {
  return namesByCode.get(code) ?? none;
}
