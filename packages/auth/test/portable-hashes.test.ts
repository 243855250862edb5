// MD5, SHA-1 and SHA-256 in plain TypeScript (Digest's hashes where there is no node:crypto) agree
// with node:crypto on every message length around the block and padding boundaries.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { md5Hex } from '../src/md5.js';
import { sha1Hex } from '../src/sha1.js';
import { sha256Hex } from '../src/sha256.js';

const HASHES = [
  ['md5', md5Hex],
  ['sha1', sha1Hex],
  ['sha256', sha256Hex],
] as const;

function message(length: number): Uint8Array {
  return new Uint8Array(length).map((_, i) => (i * 31 + length) & 0xff);
}

describe('the portable Digest hashes', () => {
  it.each(HASHES)('%s matches node:crypto for 0 to 200 bytes and a long message', (name, hash) => {
    for (const length of [...Array.from({ length: 201 }, (_, i) => i), 4097]) {
      const bytes = message(length);
      expect(hash(bytes), `${name} of ${length} bytes`).toBe(createHash(name).update(bytes).digest('hex'));
    }
  });

  it('gives the RFC test vectors', () => {
    const abc = new TextEncoder().encode('abc');
    expect(md5Hex(abc)).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(sha1Hex(abc)).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
