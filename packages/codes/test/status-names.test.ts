import { describe, expect, expectTypeOf, it } from 'vitest';
import { codes, statusNames } from '../src/index.js';
import { requestsTable } from './requests-oracle.js';

describe('statusNames', () => {
  it("lists every code's names in Requests' order", () => {
    for (const [code, names] of requestsTable) {
      expect(statusNames(code), String(code)).toEqual(names);
    }
  });

  it('names the canonical name first', () => {
    expect(statusNames(200)).toEqual(['ok', 'okay', 'all_ok', 'all_okay', 'all_good', '\\o/', '✓']);
    expect(statusNames(418)[0]).toBe('im_a_teapot');
    expect(statusNames(codes.temporary_redirect)[0]).toBe('temporary_redirect');
  });

  it('keeps a name the table lists, even when a later code took it over', () => {
    expect(statusNames(412)).toEqual(['precondition_failed', 'precondition']);
    expect(statusNames(122)).toEqual(['uri_too_long', 'request_uri_too_long']);
  });

  it('gives an empty list for a code Requests does not name', () => {
    for (const code of [0, 199, 299, 420, 600, -1, 200.5, Number.NaN]) {
      expect(statusNames(code), String(code)).toEqual([]);
    }
  });

  it('returns frozen lists that callers cannot change', () => {
    expect(Object.isFrozen(statusNames(200))).toBe(true);
    expect(Object.isFrozen(statusNames(299))).toBe(true);
    expect(() => (statusNames(200) as string[]).push('mine')).toThrow(TypeError);
    expect(statusNames(200)).toHaveLength(7);
    expectTypeOf(statusNames).returns.toEqualTypeOf<readonly string[]>();
  });
});
