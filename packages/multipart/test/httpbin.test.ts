// Every Requests form uploaded to the repo's httpbin: /multipart-echo reports each part's raw
// headers, size and SHA-256 (byte for byte); /post shows what busboy parsed, httpbin-style.

import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MultipartEncoder } from '../src/index.js';
import { sha256 } from './helpers/echo-server.js';
import { upload } from './helpers/upload.js';

interface EchoPart {
  name: string | null;
  filename: string | null;
  contentType: string | null;
  headers: Record<string, string>;
  size: number;
  sha256: string;
}
interface Echo {
  complete: boolean;
  parts: EchoPart[];
}
interface Post {
  form: Record<string, string | string[]>;
  files: Record<string, string | string[]>;
  headers: Record<string, string>;
}

/** A part as the test expects it: content plus the exact headers (lower-cased names). */
type Expected = [
  name: string,
  filename: string | null,
  content: string | Uint8Array,
  headers?: Record<string, string>,
];

const dir = mkdtempSync(join(tmpdir(), 'reqs-multipart-httpbin-'));
let server: HttpbinServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function disposition(name: string, filename: string | null): string {
  return `form-data; name="${name}"${filename === null ? '' : `; filename="${filename}"`}`;
}

/** Uploads to /multipart-echo and checks every part byte for byte. */
async function expectEcho(m: MultipartEncoder, expected: Expected[]): Promise<void> {
  const { body } = await upload<Echo>(`${server.url}/multipart-echo`, m);
  expect(body.complete).toBe(true);
  expect(body.parts).toEqual(
    expected.map(([name, filename, content, headers]) => {
      const all: Record<string, string> = { 'content-disposition': disposition(name, filename), ...headers };
      return {
        name,
        filename,
        contentType: all['content-type'] ?? null,
        headers: all,
        size: Buffer.byteLength(content),
        sha256: sha256(content),
      };
    }),
  );
}

async function post(m: MultipartEncoder): Promise<Post> {
  const { body } = await upload<Post>(`${server.url}/post`, m);
  expect(body.headers['Content-Length']).toBe(m.length === null ? undefined : String(m.length));
  return body;
}

describe('content that is not a file', () => {
  it.each<[string, unknown, string]>([
    ['a number', 42, "Unsupported content for file 'f': number"],
    ['a plain object', { a: 1 }, "Unsupported content for file 'f': Object"],
    ['a boolean', true, "Unsupported content for file 'f': boolean"],
  ])('%s is a TypeError naming the field, before anything is sent', (_name, content, message) => {
    const make = () => new MultipartEncoder({ files: { f: content as string } });
    expect(make).toThrow(TypeError);
    expect(make).toThrow(message);
    const inTuple = () => new MultipartEncoder({ files: { f: ['f.txt', content as string] } });
    expect(inTuple).toThrow(message);
  });

  it('a filename that is neither text, a number nor null is a TypeError naming the field', () => {
    const make = () => new MultipartEncoder({ files: { f: [{} as unknown as string, 'x'] } });
    expect(make).toThrow(TypeError);
    expect(make).toThrow("Unsupported filename for file 'f': object");
  });
});

describe('httpbin receives every Requests form', () => {
  it('{ field: content }', async () => {
    const m = new MultipartEncoder({ files: { report: 'a,b\r\n1,2\r\n' } });
    await expectEcho(m, [['report', 'report', 'a,b\r\n1,2\r\n']]);
    expect(await post(m)).toMatchObject({ form: {}, files: { report: 'a,b\r\n1,2\r\n' } });
  });

  it('{ field: [filename, content] } with every byte value and boundary-like lines', async () => {
    const bytes = Buffer.concat([
      Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
      Buffer.from('\r\n--\r\n--x'),
    ]);
    const m = new MultipartEncoder({ files: { bin: ['all.bin', bytes] } });
    await expectEcho(m, [['bin', 'all.bin', bytes]]);
    const { files } = await post(m);
    expect(files.bin).toBe(`data:text/plain;base64,${bytes.toString('base64')}`);
  });

  it('[filename, content, contentType] and [filename, content, contentType, headers]', async () => {
    const m = new MultipartEncoder({
      files: {
        a: ['a.json', '{"x":1}', 'application/json'],
        b: ['b.csv', 'x,y', 'text/csv', { 'X-Extra': 'yes' }],
        c: ['c.txt', 'c', undefined, { 'Content-Type': 'text/x-c' }],
      },
    });
    await expectEcho(m, [
      ['a', 'a.json', '{"x":1}', { 'content-type': 'application/json' }],
      ['b', 'b.csv', 'x,y', { 'content-type': 'text/csv', 'x-extra': 'yes' }],
      ['c', 'c.txt', 'c', { 'content-type': 'text/x-c' }],
    ]);
    expect((await post(m)).files).toEqual({ a: '{"x":1}', b: 'x,y', c: 'c' });
  });

  it('a list of [field, spec] pairs: several files under one name', async () => {
    const m = new MultipartEncoder({
      files: [
        ['images', ['1.png', 'one', 'image/png']],
        ['images', ['2.png', 'two', 'image/png']],
        ['doc', 'text'],
      ],
    });
    const png = { 'content-type': 'image/png' };
    await expectEcho(m, [
      ['images', '1.png', 'one', png],
      ['images', '2.png', 'two', png],
      ['doc', 'doc', 'text'],
    ]);
    expect((await post(m)).files).toEqual({
      images: ['one', 'two'], // httpbin shows UTF-8 content as text, whatever its type
      doc: 'text',
    });
  });

  it('a null filename: a plain form field', async () => {
    const m = new MultipartEncoder({
      files: { note: [null, 'just text'], meta: [null, '{}', 'application/json'] },
    });
    await expectEcho(m, [
      ['note', null, 'just text'],
      ['meta', null, '{}', { 'content-type': 'application/json' }],
    ]);
    expect(await post(m)).toMatchObject({ form: { note: 'just text', meta: '{}' }, files: {} });
  });

  it('data fields alongside files: object, tuples, repeated keys, booleans and numbers', async () => {
    const make = (fields: ConstructorParameters<typeof MultipartEncoder>[0]) => new MultipartEncoder(fields);
    const object = make({
      fields: { title: 'Hello', draft: false, count: 3, tags: ['a', 'b'], none: null },
      files: { up: ['u.txt', 'U'] },
    });
    await expectEcho(object, [
      ['title', null, 'Hello'],
      ['draft', null, 'false'],
      ['count', null, '3'],
      ['tags', null, 'a'],
      ['tags', null, 'b'],
      ['up', 'u.txt', 'U'],
    ]);
    expect(await post(object)).toMatchObject({
      form: { title: 'Hello', draft: 'false', count: '3', tags: ['a', 'b'] },
      files: { up: 'U' },
    });
    const tuples = make({
      files: [['up', ['u.txt', 'U']]],
      fields: [
        ['k', 'one'],
        ['k', true],
        ['k', 1.5],
      ],
    });
    expect((await post(tuples)).form).toEqual({ k: ['one', 'true', '1.5'] });
  });

  it('every content kind: string, bytes, Blob, File, file stream, Node Readable, web ReadableStream', async () => {
    const path = file('disk.txt', 'from disk\n');
    const web = new Blob(['web stream']).stream();
    const m = new MultipartEncoder({
      files: [
        ['string', ['s.txt', 'string ✓']],
        ['bytes', ['b.bin', new Uint8Array([1, 2, 3])]],
        ['blob', new Blob(['blob'])],
        ['file', new File(['a File'], 'f.txt', { type: 'text/plain' })],
        ['disk', createReadStream(path)],
        ['node', ['n.txt', Readable.from([Buffer.from('node '), 'readable'])]],
        ['web', ['w.txt', web]],
      ],
    });
    expect(m.length).toBeNull();
    await expectEcho(m, [
      ['string', 's.txt', 'string ✓'],
      ['bytes', 'b.bin', new Uint8Array([1, 2, 3])],
      ['blob', 'blob', 'blob'],
      ['file', 'f.txt', 'a File', { 'content-type': 'text/plain' }],
      ['disk', 'disk.txt', 'from disk\n'],
      ['node', 'n.txt', 'node readable'],
      ['web', 'w.txt', 'web stream'],
    ]);
  });

  it('an open FileHandle (Python’s open(path, "rb")): read, named after the field, left open', async () => {
    const handle = await open(file('handle.txt', 'from a handle\n'));
    try {
      const m = new MultipartEncoder({ files: { doc: handle, named: ['h.txt', Buffer.from('x')] } });
      await expectEcho(m, [
        ['doc', 'doc', 'from a handle\n'],
        ['named', 'h.txt', 'x'],
      ]);
      expect((await handle.stat()).size).toBe(14); // still open
    } finally {
      await handle.close();
    }
  });

  it('a number as filename is written out (a Blob named by an id)', async () => {
    const m = new MultipartEncoder({
      files: { f: [123 as unknown as string, new Blob(['xyz'])] },
    });
    await expectEcho(m, [['f', '123', 'xyz']]);
  });

  it('escaped names and filenames, non-ASCII filenames in UTF-8', async () => {
    const m = new MultipartEncoder({
      fields: { 'q"uote': 'v' },
      files: { 'line\r\nbreak': ['résumé "final"\n履歴書.pdf', 'pdf'] },
    });
    await expectEcho(m, [
      ['q%22uote', null, 'v'],
      ['line%0D%0Abreak', 'résumé %22final%22%0A履歴書.pdf', 'pdf'],
    ]);
    expect(await post(m)).toMatchObject({ form: { 'q%22uote': 'v' }, files: { 'line%0D%0Abreak': 'pdf' } });
  });

  it('a 5 MiB file stream with its Content-Length known up front', async () => {
    const content = randomBytes(5 * 1024 * 1024);
    const path = file('big.bin', content);
    const m = new MultipartEncoder({ fields: { id: 7 }, files: { big: createReadStream(path) } });
    const framing = (d: string) => `--${m.boundary}\r\nContent-Disposition: form-data; ${d}\r\n\r\n`;
    const overhead =
      framing('name="id"') +
      '7\r\n' +
      framing('name="big"; filename="big.bin"') +
      `\r\n--${m.boundary}--\r\n`;
    expect(m.length).toBe(content.length + Buffer.byteLength(overhead));
    await expectEcho(m, [
      ['id', null, '7'],
      ['big', 'big.bin', content],
    ]);
    const { headers, files } = await post(m);
    expect(headers['Content-Length']).toBe(String(m.length));
    expect(files.big).toBe(`data:text/plain;base64,${content.toString('base64')}`);
  });
});
