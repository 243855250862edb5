// Field names and filenames as the HTML standard says browsers write them; part headers checked.

import { InvalidHeader } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { MultipartEncoder } from '../src/index.js';
import { type EchoReply, startEchoServer } from './helpers/echo-server.js';
import { strictParse } from './helpers/strict-parse.js';
import { collect, upload } from './helpers/upload.js';

describe('name and filename escaping', () => {
  it('escapes " CR LF as %22 %0D %0A and keeps everything else', async () => {
    const m = new MultipartEncoder({
      fields: { 'say "hi"\r\nnow': 'v' },
      files: { 'f\n': ['a"b\rc\nd;e=f\\g%22.txt', 'x'] },
    });
    const parts = strictParse(await collect(m), m.boundary);
    expect(parts.map((p) => [p.name, p.filename])).toEqual([
      ['say %22hi%22%0D%0Anow', null],
      ['f%0A', 'a%22b%0Dc%0Ad;e=f\\g%22.txt'],
    ]);
    // busboy, like servers generally, reads the escapes literally: no header is ever broken.
    await using server = await startEchoServer();
    const { body } = await upload<EchoReply>(server.url, m);
    expect(body.parts.map((p) => p.name)).toEqual(['say %22hi%22%0D%0Anow', 'f%0A']);
  });

  it('sends non-ASCII names and filenames as raw UTF-8 bytes (no filename*=)', async () => {
    const m = new MultipartEncoder({ files: { 'champ-é': ['résumé 履歴書 🎉.pdf', 'pdf'] } });
    const bytes = await collect(m);
    const expected = Buffer.from('name="champ-é"; filename="résumé 履歴書 🎉.pdf"', 'utf8');
    expect(bytes.includes(expected)).toBe(true);
    expect(bytes.includes(Buffer.from('filename*'))).toBe(false);
    await using server = await startEchoServer();
    const { body } = await upload<EchoReply>(server.url, m);
    expect(body.parts[0]).toMatchObject({ name: 'champ-é', filename: 'résumé 履歴書 🎉.pdf' });
  });

  it('keeps an empty filename as filename=""', async () => {
    const m = new MultipartEncoder({ files: { f: ['', 'x'] } });
    const [part] = strictParse(await collect(m), m.boundary);
    expect(part?.headers[0]).toEqual(['Content-Disposition', 'form-data; name="f"; filename=""']);
  });
});

describe('part headers', () => {
  it('puts Content-Disposition first, then Content-Type, then the extra headers in order', async () => {
    const m = new MultipartEncoder({
      files: { f: ['f', 'x', 'text/plain; charset=utf-8', { 'X-B': '2', 'X-A': 'tab\tok' }] },
    });
    const [part] = strictParse(await collect(m), m.boundary);
    expect(part?.headers).toEqual([
      ['Content-Disposition', 'form-data; name="f"; filename="f"'],
      ['Content-Type', 'text/plain; charset=utf-8'],
      ['X-B', '2'],
      ['X-A', 'tab\tok'],
    ]);
  });

  it('replaces a Content-Disposition given in headers and prefers contentType over a header', async () => {
    const m = new MultipartEncoder({
      files: {
        f: ['f', 'x', 'image/gif', { 'content-disposition': 'attachment', 'content-type': 'text/plain' }],
      },
    });
    const [part] = strictParse(await collect(m), m.boundary);
    expect(part?.headers).toEqual([
      ['Content-Disposition', 'form-data; name="f"; filename="f"'],
      ['Content-Type', 'image/gif'],
    ]);
  });

  it('uses a Blob type when no Content-Type is given', async () => {
    const m = new MultipartEncoder({ files: { b: new Blob(['{}'], { type: 'application/json' }) } });
    const [part] = strictParse(await collect(m), m.boundary);
    expect(part?.headers[1]).toEqual(['Content-Type', 'application/json']);
  });

  it.each([
    ['a CR in a value', { 'X-A': 'a\rb' }],
    ['a LF in a value', { 'X-A': 'a\nX-Injected: 1' }],
    ['a NUL in a value', { 'X-A': 'a\0' }],
    ['a space in a name', { 'X A': 'v' }],
    ['a colon in a name', { 'X:A': 'v' }],
  ])('rejects %s with InvalidHeader before anything is read', (_, headers) => {
    expect(() => new MultipartEncoder({ files: { f: ['f', 'x', undefined, headers] } })).toThrow(
      InvalidHeader,
    );
  });

  it('rejects a content type with a line break', () => {
    expect(() => new MultipartEncoder({ files: { f: ['f', 'x', 'text/plain\r\nX-Evil: 1'] } })).toThrow(
      InvalidHeader,
    );
  });

  it('rejects content it cannot send with a TypeError naming it', () => {
    expect(() => new MultipartEncoder({ files: { f: 42 as never } })).toThrow(/file 'f': number/);
    expect(() => new MultipartEncoder({ files: { f: ['f', { a: 1 } as never] } })).toThrow(
      /file 'f': Object/,
    );
  });
});
