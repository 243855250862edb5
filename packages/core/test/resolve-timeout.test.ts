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

describe('resolveTimeout: values that are not numbers (issue 13, item 7)', () => {
  it("refuses 'foo' with Requests' ValueError message (never \"no timeout\")", () => {
    expect(() => resolveTimeout('foo' as never)).toThrow(TypeError);
    expect(() => resolveTimeout('foo' as never)).toThrow(
      'Timeout value connect was foo, but it must be an int, float or None.',
    );
  });

  it.each<[unknown, string]>([
    ['300', "Timeout value connect was 300, but it must be an int, float or None. (option 'timeout'"],
    [true, 'Timeout value connect was true'],
    [['5', 10], 'Timeout value connect was 5'],
    [[5, '10'], 'Timeout value read was 10'],
    [{ read: '5' }, 'Timeout value read was 5'],
    [{ total: 'soon' }, 'Timeout value total was soon'],
  ])('refuses %o, naming the field and the type', (spec, message) => {
    expect(() => resolveTimeout(spec as TimeoutSpec)).toThrow(message);
    expect(() => resolveTimeout(spec as TimeoutSpec)).toThrow(/got (string|boolean)/);
  });

  it('says "Invalid timeout NaN" with the word once', () => {
    expect(() => resolveTimeout(Number.NaN)).toThrow(
      /^Invalid timeout NaN: it must be a positive number of milliseconds or null$/,
    );
    expect(() => resolveTimeout({ connect: Number.NaN })).toThrow(/^Invalid connect timeout NaN/);
  });

  it("refuses an object with another field: { conect } → did you mean 'connect'?", () => {
    expect(() => resolveTimeout({ conect: 5 } as never)).toThrow(
      "Unknown timeout field 'conect' — did you mean 'connect'?",
    );
  });
});
