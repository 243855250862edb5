// Every Requests files=/data= form, uploaded to a busboy server and parsed by a strict parser.

import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { MultipartEncoder } from '../src/index.js';
import { type EchoReply, sha256, startEchoServer } from './helpers/echo-server.js';
import { strictParse } from './helpers/strict-parse.js';
import { collect, upload } from './helpers/upload.js';

const dir = mkdtempSync(join(tmpdir(), 'reqs-multipart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Uploads to busboy and parses locally; checks both agree with the encoder's length. */
async function roundTrip(encoder: MultipartEncoder) {
  await using server = await startEchoServer();
  const local = strictParse(await collect(encoder), encoder.boundary);
  const { body } = await upload<EchoReply>(server.url, encoder);
  if (encoder.length !== null) expect(body.headers['content-length']).toBe(String(encoder.length));
  return { local, remote: body.parts };
}

describe('Requests files= forms', () => {
  it('sends { field: content } with the field name as filename and no Content-Type', async () => {
    const m = new MultipartEncoder({ files: { report: 'a,b\n1,2\n' } });
    const { local, remote } = await roundTrip(m);
    expect(local).toHaveLength(1);
    expect(local[0]!.headers).toEqual([
      ['Content-Disposition', 'form-data; name="report"; filename="report"'],
    ]);
    expect(local[0]!.content.toString()).toBe('a,b\n1,2\n');
    expect(remote).toEqual([
      {
        name: 'report',
        filename: 'report',
        contentType: 'text/plain',
        size: 8,
        sha256: sha256('a,b\n1,2\n'),
      },
    ]);
  });

  it('sends { field: [filename, content] } with bytes byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const { local, remote } = await roundTrip(new MultipartEncoder({ files: { bin: ['all.bin', bytes] } }));
    expect(local[0]!.filename).toBe('all.bin');
    expect(local[0]!.content.equals(bytes)).toBe(true);
    expect(remote[0]).toMatchObject({ name: 'bin', filename: 'all.bin', size: 256, sha256: sha256(bytes) });
  });

  it('sends [filename, content, contentType] and [filename, content, contentType, headers]', async () => {
    const m = new MultipartEncoder({
      files: {
        a: ['a.json', '{"x":1}', 'application/json'],
        b: ['b.csv', 'x,y', 'text/csv', { 'X-Extra': 'yes', Expires: '0' }],
        c: ['c.txt', 'c', undefined, { 'Content-Type': 'text/x-from-headers' }],
      },
    });
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => p.headers)).toEqual([
      [
        ['Content-Disposition', 'form-data; name="a"; filename="a.json"'],
        ['Content-Type', 'application/json'],
      ],
      [
        ['Content-Disposition', 'form-data; name="b"; filename="b.csv"'],
        ['Content-Type', 'text/csv'],
        ['X-Extra', 'yes'],
        ['Expires', '0'],
      ],
      [
        ['Content-Disposition', 'form-data; name="c"; filename="c.txt"'],
        ['Content-Type', 'text/x-from-headers'],
      ],
    ]);
    expect(remote.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['a', 'a.json', 'application/json'],
      ['b', 'b.csv', 'text/csv'],
      ['c', 'c.txt', 'text/x-from-headers'],
    ]);
  });

  it('sends repeated fields from [field, spec] pairs, in order', async () => {
    const m = new MultipartEncoder({
      files: [
        ['images', ['1.png', 'one', 'image/png']],
        ['images', ['2.png', 'two', 'image/png']],
        ['doc', 'text'],
      ],
    });
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => [p.name, p.filename, p.content.toString()])).toEqual([
      ['images', '1.png', 'one'],
      ['images', '2.png', 'two'],
      ['doc', 'doc', 'text'],
    ]);
    expect(remote.map((p) => [p.name, p.filename, p.sha256])).toEqual([
      ['images', '1.png', sha256('one')],
      ['images', '2.png', sha256('two')],
      ['doc', 'doc', sha256('text')],
    ]);
  });

  it('sends a null filename as a plain form field (its Content-Type kept)', async () => {
    const m = new MultipartEncoder({
      files: { note: [null, 'just text'], meta: [null, '{}', 'application/json'] },
    });
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => p.headers)).toEqual([
      [['Content-Disposition', 'form-data; name="note"']],
      [
        ['Content-Disposition', 'form-data; name="meta"'],
        ['Content-Type', 'application/json'],
      ],
    ]);
    expect(remote.map((p) => [p.name, p.filename, p.contentType, p.sha256])).toEqual([
      ['note', null, 'text/plain', sha256('just text')],
      ['meta', null, 'application/json', sha256('{}')],
    ]);
  });

  it('leaves out null and undefined specs and contents, as Requests skips None', async () => {
    const m = new MultipartEncoder({ files: { a: null, b: undefined, c: ['c.txt', null as never], d: 'd' } });
    const { local } = await roundTrip(m);
    expect(local.map((p) => p.name)).toEqual(['d']);
  });

  it('names a file stream by the basename of its path and a File by its name', async () => {
    const path = file('notes.txt', 'from disk\n');
    const m = new MultipartEncoder({
      files: [
        ['disk', createReadStream(path)],
        ['named', new File(['from a File'], 'upload.txt', { type: 'text/plain' })],
        ['blob', new Blob(['from a Blob'])],
        ['renamed', ['other.txt', createReadStream(path)]],
      ],
    });
    expect(m.length).not.toBeNull();
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => [p.name, p.filename, p.content.toString()])).toEqual([
      ['disk', 'notes.txt', 'from disk\n'],
      ['named', 'upload.txt', 'from a File'],
      ['blob', 'blob', 'from a Blob'],
      ['renamed', 'other.txt', 'from disk\n'],
    ]);
    expect(remote.map((p) => p.sha256)).toEqual(local.map((p) => sha256(p.content)));
  });

  it('streams a Node Readable and a web ReadableStream with unknown length (chunked)', async () => {
    const web = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('web '));
        controller.enqueue(new TextEncoder().encode('stream'));
        controller.close();
      },
    });
    const m = new MultipartEncoder({
      files: { node: ['n.txt', Readable.from(['node ', 'stream'])], web: ['w.txt', web] },
    });
    expect(m.length).toBeNull();
    await using server = await startEchoServer();
    const { body } = await upload<EchoReply>(server.url, m);
    expect(body.headers['transfer-encoding']).toBe('chunked');
    expect(body.parts.map((p) => [p.name, p.filename, p.sha256])).toEqual([
      ['node', 'n.txt', sha256('node stream')],
      ['web', 'w.txt', sha256('web stream')],
    ]);
  });
});

describe('data= fields alongside files', () => {
  it('sends fields first, then files, as Requests does', async () => {
    const m = new MultipartEncoder({
      files: { upload: ['u.txt', 'U'] },
      fields: { title: 'Hello', draft: false, count: 3, ratio: 0.5, tags: ['a', 'b'], skipped: null },
    });
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => [p.name, p.filename, p.content.toString()])).toEqual([
      ['title', null, 'Hello'],
      ['draft', null, 'false'],
      ['count', null, '3'],
      ['ratio', null, '0.5'],
      ['tags', null, 'a'],
      ['tags', null, 'b'],
      ['upload', 'u.txt', 'U'],
    ]);
    expect(local.slice(0, 6).every((p) => p.headers.length === 1)).toBe(true);
    expect(remote.map((p) => [p.name, p.filename])).toEqual(local.map((p) => [p.name, p.filename]));
  });

  it('sends fields given as tuples with repeated keys, and bytes values as is', async () => {
    const m = new MultipartEncoder({
      fields: [
        ['k', 'one'],
        ['k', true],
        ['raw', new Uint8Array([0xe2, 0x82, 0xac])],
        ['list', ['x', 'y']],
      ],
      files: [],
    });
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => [p.name, p.content.toString()])).toEqual([
      ['k', 'one'],
      ['k', 'true'],
      ['raw', '€'],
      ['list', 'x'],
      ['list', 'y'],
    ]);
    expect(remote.map((p) => p.sha256)).toEqual(local.map((p) => sha256(p.content)));
  });

  it('sends an empty form as the closing delimiter alone', async () => {
    const m = new MultipartEncoder();
    const bytes = await collect(m);
    expect(bytes.toString()).toBe(`--${m.boundary}--\r\n`);
    expect(m.length).toBe(bytes.length);
  });
});

describe('requests-toolbelt entries', () => {
  it('keeps the order given and tells fields from files by their value', async () => {
    const form = new FormData();
    form.append('first', 'field');
    form.append('pic', new File(['png'], 'p.png', { type: 'image/png' }));
    form.append('last', 'field');
    const m = new MultipartEncoder(form as Iterable<[string, string | File]>);
    const { local, remote } = await roundTrip(m);
    expect(local.map((p) => [p.name, p.filename])).toEqual([
      ['first', null],
      ['pic', 'p.png'],
      ['last', null],
    ]);
    expect(remote[1]).toMatchObject({ name: 'pic', filename: 'p.png', contentType: 'image/png', size: 3 });
  });
});
