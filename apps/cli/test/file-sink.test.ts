import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BATCH_BYTES, FileSink } from '../src/file-sink.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'reqs-cli-sink-')), 'out.bin');

/** `count` chunks of `size` bytes, each filled with its own index, and their concatenation. */
function chunks(count: number, size: number): { parts: Uint8Array[]; whole: Buffer } {
  const parts = Array.from({ length: count }, (_, i) => new Uint8Array(size).fill(i % 251));
  return { parts, whole: Buffer.concat(parts) };
}

describe('FileSink', () => {
  it('writes every chunk in order, across batch boundaries, and the partial batch at close', () => {
    const path = file();
    const { parts, whole } = chunks(40, 65_536 + 7); // 2.5 batches of odd-sized chunks
    expect(whole.length).toBeGreaterThan(2 * BATCH_BYTES);
    const sink = new FileSink(path, false);
    for (const part of parts) sink.write(part);
    sink.close();
    expect(readFileSync(path).equals(whole)).toBe(true);
  });

  it('writes a full batch before close (nothing waits for the end)', () => {
    const path = file();
    const { parts } = chunks(Math.ceil(BATCH_BYTES / 4096) + 1, 4096);
    const sink = new FileSink(path, false);
    for (const part of parts) sink.write(part);
    expect(readFileSync(path).length).toBeGreaterThanOrEqual(BATCH_BYTES);
    sink.close();
    expect(readFileSync(path).length).toBe(parts.length * 4096);
  });

  it('truncates, or appends when resuming', () => {
    const path = file();
    writeFileSync(path, 'old bytes');
    const truncating = new FileSink(path, false);
    truncating.write(Buffer.from('new'));
    truncating.close();
    expect(readFileSync(path, 'utf8')).toBe('new');
    const appending = new FileSink(path, true);
    appending.write(Buffer.from(' and more'));
    appending.close();
    expect(readFileSync(path, 'utf8')).toBe('new and more');
  });

  it('fails at open for a file it cannot create', () => {
    expect(() => new FileSink(join(file(), 'no-such-dir', 'x'), false)).toThrow(/ENOENT|ENOTDIR/);
  });
});
