import { describe, expect, it } from 'vitest';
import { resolveTimeout } from '../src/resolve-timeout.js';
import type { TimeoutSpec } from '../src/send-options.js';

describe('resolveTimeout', () => {
  it.each<[TimeoutSpec | undefined, { connect: number | null; read: number | null; total: number | null }]>([
    [undefined, { connect: 10_000, read: 300_000, total: null }],
    [null, { connect: null, read: null, total: null }],
    [5, { connect: 5, read: 5, total: null }],
    [[1, 2], { connect: 1, read: 2, total: null }],
    [[null, 2], { connect: null, read: 2, total: null }],
    [{}, { connect: 10_000, read: 300_000, total: null }],
    [{ total: 50 }, { connect: 10_000, read: 300_000, total: 50 }],
    [
      { connect: 1, read: null, total: null },
      { connect: 1, read: null, total: null },
    ],
    [{ read: 2.5 }, { connect: 10_000, read: 2.5, total: null }],
  ])('%o → %o', (spec, expected) => {
    expect(resolveTimeout(spec)).toEqual(expected);
  });

  it.each<[unknown]>([
    [-1],
    [0],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [[1]],
    [[1, 2, 3]],
    [{ connect: -5 }],
    [{ read: '5' }],
  ])('rejects %o', (spec) => {
    expect(() => resolveTimeout(spec as TimeoutSpec)).toThrow(TypeError);
  });
});
