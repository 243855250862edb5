// Lazy production, Content-Length, progress, re-iteration and failure behaviour.

import { randomBytes } from 'node:crypto';
import { appendFileSync, createReadStream, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { RequestException, UnrewindableBodyError } from '@reqs/core';
import { afterAll, describe, expect, it } from 'vitest';
import { MultipartEncoder } from '../src/index.js';
import { type EchoReply, sha256, startEchoServer } from './helpers/echo-server.js';
import { strictParse } from './helpers/strict-parse.js';
import { collect, upload } from './helpers/upload.js';

const dir = mkdtempSync(join(tmpdir(), 'reqs-multipart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('streaming', () => {
  it('uploads a 5 MiB file stream with a Content-Length computed up front, in small chunks', async () => {
    const content = randomBytes(5 * 1024 * 1024);
    const path = file('big.bin', content);
    const m = new MultipartEncoder({ fields: { id: 7 }, files: { big: createReadStream(path) } });
    const overhead = (m.length ?? 0) - content.length;
    expect(overhead).toBeGreaterThan(0);
    expect(overhead).toBeLessThan(400);
    let largest = 0;
    let total = 0;
    for await (const chunk of m) {
      largest = Math.max(largest, chunk.byteLength);
      total += chunk.byteLength;
    }
    expect(total).toBe(m.length);
    expect(largest).toBeLessThanOrEqual(128 * 1024);
    await using server = await startEchoServer();
    const { body } = await upload<EchoReply>(server.url, m);
    expect(body.headers['content-length']).toBe(String(m.length));
    expect(body.parts[1]).toEqual({
      name: 'big',
      filename: 'big.bin',
      contentType: 'text/plain',
      size: content.length,
      sha256: sha256(content),
    });
  });

  it('reads nothing before iteration and one chunk per step', async () => {
    let pulls = 0;
    const source = new Readable({
      read() {
        pulls++;
        this.push(pulls > 3 ? null : Buffer.alloc(1000, pulls));
      },
    });
    const m = new MultipartEncoder({ files: { s: source } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(pulls).toBe(0);
    const iterator = m[Symbol.asyncIterator]();
    await iterator.next(); // the headers
    await iterator.next(); // the first chunk of the stream
    expect(pulls).toBeLessThanOrEqual(2);
    await iterator.return?.();
  });

  it('sends a file range (start/end) with its own size', async () => {
    const path = file('range.txt', '0123456789');
    const m = new MultipartEncoder({ files: { r: createReadStream(path, { start: 2, end: 5 }) } });
    const [part] = strictParse(await collect(m), m.boundary);
    expect(part?.content.toString()).toBe('2345');
    expect(m.length).toBe((await collect(m)).length);
  });

  it('sends an empty file', async () => {
    const m = new MultipartEncoder({ files: { e: createReadStream(file('empty.txt', '')) } });
    const parts = strictParse(await collect(m), m.boundary);
    expect(parts[0]?.content.length).toBe(0);
    expect(strictParse(await collect(m), m.boundary)[0]?.filename).toBe('empty.txt');
  });
});

describe('progress', () => {
  it('reports monotonically and ends at length', async () => {
    const seen: [number, number | null][] = [];
    const path = file('progress.bin', randomBytes(300_000));
    const m = new MultipartEncoder(
      { fields: { a: 'b' }, files: { f: createReadStream(path), g: ['g', randomBytes(100_000)] } },
      { onProgress: (sent, total) => seen.push([sent, total]) },
    );
    await using server = await startEchoServer();
    await upload(server.url, m);
    expect(seen.length).toBeGreaterThan(3);
    for (let i = 1; i < seen.length; i++) expect(seen[i]![0]).toBeGreaterThan(seen[i - 1]![0]);
    expect(seen.every(([, total]) => total === m.length)).toBe(true);
    expect(seen.at(-1)).toEqual([m.length, m.length]);
  });

  it('reports a null total for a body of unknown length', async () => {
    const seen: [number, number | null][] = [];
    const m = new MultipartEncoder(
      { files: { s: Readable.from([Buffer.from('abc')]) } },
      { onProgress: (sent, total) => seen.push([sent, total]) },
    );
    const bytes = await collect(m);
    expect(seen.at(-1)).toEqual([bytes.length, null]);
  });
});

describe('re-iteration', () => {
  it('produces the same bytes again for strings, bytes, Blobs and file streams', async () => {
    const path = file('again.txt', 'again\n');
    const m = new MultipartEncoder({
      fields: { a: 'x' },
      files: { f: createReadStream(path), b: new Blob(['blob']), u: ['u', new Uint8Array([1, 2, 3])] },
    });
    expect(m.rewindable).toBe(true);
    const first = await collect(m);
    const second = await collect(m);
    expect(second.equals(first)).toBe(true);
    expect(first.length).toBe(m.length);
    await using server = await startEchoServer();
    const { body } = await upload<EchoReply>(server.url, m);
    expect(body.parts.map((p) => p.sha256)).toEqual([
      sha256('x'),
      sha256('again\n'),
      sha256('blob'),
      sha256(new Uint8Array([1, 2, 3])),
    ]);
  });

  it('throws UnrewindableBodyError on a second iteration over a Node or web stream', async () => {
    const node = new MultipartEncoder({ files: { s: Readable.from(['once']) } });
    const web = new MultipartEncoder({ files: { s: new Blob(['once']).stream() } });
    for (const m of [node, web]) {
      expect(m.rewindable).toBe(false);
      expect(strictParse(await collect(m), m.boundary)[0]?.content.toString()).toBe('once');
      await expect(collect(m)).rejects.toBeInstanceOf(UnrewindableBodyError);
    }
  });

  it('releases unread streams when the consumer stops early, which makes them unrewindable', async () => {
    const first = Readable.from(['a', 'b']);
    const second = Readable.from(['c']);
    const m = new MultipartEncoder({
      files: [
        ['one', first],
        ['two', second],
      ],
    });
    for await (const _ of m) break;
    expect(second.destroyed).toBe(true);
    await expect(collect(m)).rejects.toBeInstanceOf(UnrewindableBodyError);
  });
});

describe('failures', () => {
  it('throws the stat error for a missing file, without an unhandled stream error', async () => {
    const stream = createReadStream(join(dir, 'missing.txt'));
    expect(() => new MultipartEncoder({ files: { f: stream } })).toThrow(/ENOENT/);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stream.destroyed).toBe(true);
  });

  it('fails instead of sending a wrong Content-Length when a file grows or shrinks', async () => {
    const grows = file('grows.txt', 'abc');
    const m = new MultipartEncoder({ files: { f: createReadStream(grows) } });
    appendFileSync(grows, 'def');
    await expect(collect(m)).rejects.toThrow(RequestException);
    // A reopen reads exactly the stat'd range: the first 3 bytes, to the announced length.
    const reopened = await collect(m);
    expect(reopened.length).toBe(m.length);
    expect(reopened.toString('latin1')).toContain('\r\n\r\nabc\r\n--');
    expect(reopened.toString('latin1')).not.toContain('abcdef');
    truncateSync(grows, 1);
    await expect(collect(m)).rejects.toThrow(/read 1 of 3 bytes/);
  });

  it('passes on an error from a stream part', async () => {
    const failing = new Readable({
      read() {
        this.destroy(new Error('disk on fire'));
      },
    });
    const m = new MultipartEncoder({ files: { f: failing } });
    await expect(collect(m)).rejects.toThrow('disk on fire');
  });
});

describe('a file stream already read from', () => {
  it('sends what remains, with unknown length, as Requests sends the rest of a file', async () => {
    const path = file('partly.txt', 'x'.repeat(100_000));
    const stream = createReadStream(path, { highWaterMark: 1000 });
    const first = await new Promise<Buffer>((resolve) =>
      stream.once('data', (chunk) => resolve(chunk as Buffer)),
    );
    stream.pause();
    const m = new MultipartEncoder({ files: { f: stream } });
    expect(m.length).toBeNull();
    const [part] = strictParse(await collect(m), m.boundary);
    expect(part?.filename).toBe('partly.txt');
    expect(part?.content.length).toBe(100_000 - first.length);
  });
});
