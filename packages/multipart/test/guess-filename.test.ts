// guessFilename, exported for reqs' utils: Requests' test_utils.py TestGuessFilename cases in
// TypeScript form (a Python object with a `name` is a File or a file stream here).

import { once } from 'node:events';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { guessFilename } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'reqs-guess-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fileAt(name: string): string {
  const path = join(dir, name);
  writeFileSync(path, 'x');
  return path;
}

describe('guessFilename', () => {
  // test_guess_filename_invalid: no name, or a name that is not a string.
  it.each<[string, unknown]>([
    ['a number', 1],
    ['a string (content, not a file)', 'value'],
    ['bytes', new Uint8Array([1])],
    ['an object whose name is a number', { name: 1 }],
    ['a Blob without a name', new Blob(['x'])],
    ['a plain Readable', Readable.from(['x'])],
    ['null', null],
  ])('is null for %s', (_case, value) => {
    expect(guessFilename(value)).toBeNull();
  });

  // test_guess_filename_valid: the name as given (a str or bytes path).
  it('returns a File’s name', () => {
    expect(guessFilename(new File(['x'], 'value'))).toBe('value');
  });

  it('returns the basename of a file stream’s path, given as a string or as bytes', async () => {
    const path = fileAt('value.txt');
    const byString = createReadStream(path);
    const byBuffer = createReadStream(Buffer.from(path));
    try {
      expect(guessFilename(byString)).toBe('value.txt');
      expect(guessFilename(byBuffer)).toBe('value.txt');
    } finally {
      await Promise.all([byString, byBuffer].map((stream) => once(stream.destroy(), 'close')));
    }
  });

  it.each(['<stdin>', '<fdopen>', ''])('is null for the pseudo-name %j', (name) => {
    expect(guessFilename(new File(['x'], name))).toBeNull();
  });
});
