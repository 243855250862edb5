import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { afterAll, describe, expect, it } from 'vitest';
import { UnrewindableBodyError } from '../src/errors/unrewindable-body-error.js';
import { PreparedRequest } from '../src/prepared-request.js';
import { rewindBody } from '../src/rewind-body.js';
import { superLen } from '../src/super-len.js';

const dir = mkdtempSync(join(tmpdir(), 'reqs-rewind-'));
const file = join(dir, 'data.txt');
writeFileSync(file, 'hello, file');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function post(data: unknown): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'POST', url: 'http://x/', data: data as never });
}

/** Destroys a stream and waits until its file is closed. */
function closed(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    stream.on('error', () => undefined);
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

describe('rewindBody', () => {
  it('gives strings, bytes and Blobs back as they are', () => {
    for (const data of ['abc', new Uint8Array([1]), new Blob(['b'])]) {
      const p = post(data);
      rewindBody(p);
      expect(p.body).toBe(data);
    }
  });

  it('does nothing without a body', () => {
    const p = post(null);
    rewindBody(p);
    expect(p.body).toBeNull();
  });

  it('reopens a file stream on the same range', async () => {
    const p = post(createReadStream(file, { start: 7 }));
    expect(await text(p.body as Readable)).toBe('file');
    rewindBody(p);
    expect(p.headers.get('Content-Length')).toBe('4');
    expect(await text(p.body as Readable)).toBe('file');
    rewindBody(p);
    expect(await text(p.body as Readable)).toBe('file');
  });

  it('throws UnrewindableBodyError for a one-shot stream', () => {
    const p = post(Readable.from(['x']));
    expect(() => rewindBody(p)).toThrow(UnrewindableBodyError);
    expect(() => rewindBody(p)).toThrow('Unable to rewind request body for redirect.');
  });

  it('wraps an error from the rewind function', () => {
    const p = post('x');
    p.bodyRewind = () => {
      throw new Error('gone');
    };
    let error: unknown;
    try {
      rewindBody(p);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnrewindableBodyError);
    expect((error as Error).cause).toEqual(new Error('gone'));
    expect((error as UnrewindableBodyError).request).toBe(p);
  });
});

describe('superLen', () => {
  it.each<[unknown, number | null]>([
    [null, 0],
    ['', 0],
    ['héllo', 6],
    ['😀', 4],
    [new Uint8Array(7), 7],
    [new Blob(['abc']), 3],
    [{ length: 12, async *[Symbol.asyncIterator]() {} }, 12],
    [Readable.from(['x']), null],
    [[1, 2, 3], null],
  ])('%o → %o', (body, expected) => {
    expect(superLen(body as never)).toBe(expected);
  });

  it('measures file streams by path, from their start to their end', async () => {
    const whole = createReadStream(file);
    const tail = createReadStream(file, { start: 7 });
    const middle = createReadStream(file, { start: 2, end: 4 });
    const missing = createReadStream(join(dir, 'missing'));
    missing.on('error', () => undefined);
    expect([superLen(whole), superLen(tail), superLen(middle), superLen(missing)]).toEqual([11, 4, 3, null]);
    await Promise.all([whole, tail, middle, missing].map(closed));
  });
});
