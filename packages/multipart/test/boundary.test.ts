// Boundaries: CSPRNG-drawn, drawn again on a collision, user-chosen ones validated.

import { createReadStream } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MultipartEncoder } from '../src/index.js';
import { strictParse } from './helpers/strict-parse.js';
import { collect } from './helpers/upload.js';

// Web Crypto's getRandomValues (the boundary's CSPRNG on every runtime), fed from a queue while one is set.
const draws = { queue: [] as Buffer[] };
const realRandomValues = crypto.getRandomValues.bind(crypto) as (array: Uint8Array) => Uint8Array;
vi.spyOn(crypto, 'getRandomValues').mockImplementation(((array: Uint8Array) => {
  const next = draws.queue.shift();
  if (next === undefined) return realRandomValues(array);
  array.set(next);
  return array;
}) as typeof crypto.getRandomValues);

afterEach(() => {
  draws.queue = [];
});

describe('random boundaries', () => {
  it('are 32 hex digits, different for every encoder', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const m = new MultipartEncoder({ fields: { a: 'b' } });
      expect(m.boundary).toMatch(/^[0-9a-f]{32}$/);
      expect(m.contentType).toBe(`multipart/form-data; boundary=${m.boundary}`);
      seen.add(m.boundary);
    }
    expect(seen.size).toBe(50);
  });

  it('are drawn again when a string or bytes part holds the boundary', async () => {
    const colliding = Buffer.alloc(16, 0xab);
    const fresh = Buffer.alloc(16, 0xcd);
    draws.queue = [colliding, colliding, fresh];
    const content = `before ${colliding.toString('hex')} after`;
    const m = new MultipartEncoder({ fields: { a: 'x' }, files: { f: ['f.txt', Buffer.from(content)] } });
    expect(m.boundary).toBe(fresh.toString('hex'));
    expect(draws.queue).toEqual([]);
    const parts = strictParse(await collect(m), m.boundary);
    expect(parts[1]?.content.toString()).toBe(content);
  });

  it('give up with a RangeError rather than loop forever', () => {
    const colliding = Buffer.alloc(16, 0xab);
    draws.queue = Array.from({ length: 16 }, () => colliding);
    expect(() => new MultipartEncoder({ fields: { a: colliding.toString('hex') } })).toThrow(RangeError);
  });
});

describe('a boundary of your own', () => {
  it('is used as given, quoted in Content-Type when it is not a token', async () => {
    const plain = new MultipartEncoder({ fields: { a: 'b' } }, { boundary: 'my-boundary_1' });
    expect(plain.contentType).toBe('multipart/form-data; boundary=my-boundary_1');
    expect(strictParse(await collect(plain), 'my-boundary_1')).toHaveLength(1);
    const spaced = new MultipartEncoder({ fields: { a: 'b' } }, { boundary: "it's (ok)?" });
    expect(spaced.contentType).toBe(`multipart/form-data; boundary="it's (ok)?"`);
  });

  it.each([
    ['empty', ''],
    ['71 characters', 'x'.repeat(71)],
    ['ending with a space', 'abc '],
    ['holding a quote', 'a"b'],
    ['holding a line break', 'a\r\nb'],
    ['non-ASCII', 'bøundary'],
  ])('is rejected when %s', (_, boundary) => {
    expect(() => new MultipartEncoder({}, { boundary })).toThrow(RangeError);
  });

  it('is rejected when the content holds it', () => {
    expect(() => new MultipartEncoder({ fields: { a: 'xx--sep--xx' } }, { boundary: 'sep' })).toThrow(
      /occurs in the content/,
    );
  });

  it('is not checked against streams, which cannot be read up front', () => {
    const m = new MultipartEncoder(
      { files: { f: createReadStream(import.meta.filename) } },
      { boundary: 'sep' },
    );
    expect(m.boundary).toBe('sep');
  });
});
