import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { splitMultipart } from '../src/multipart-echo.js';
import { json, raw, useServer } from './helpers.js';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

const BODY = [
  'preamble to ignore',
  '--XyZ',
  'Content-Disposition: form-data; name="field"',
  '',
  'value',
  '--XyZ',
  'Content-Disposition: form-data; name="file"; filename="a;b \\"q\\".txt"',
  'Content-Type: text/plain',
  'X-Extra: 1',
  '',
  'line1\r\nline2',
  '--XyZ',
  'Content-Disposition: form-data; name="u"; filename="fallback.txt"; filename*=UTF-8\'\'%C3%A9t%C3%A9.txt',
  '',
  '',
  '--XyZ--',
  'epilogue',
].join('\r\n');

describe('/multipart-echo', () => {
  const server = useServer();

  it('describes each part: name, filename, type, raw headers, size and SHA-256', async () => {
    const r = await raw(`${server().url}/multipart-echo`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary="XyZ"' },
      body: BODY,
    });
    expect(r.status).toBe(200);
    const body = json<{ boundary: string; complete: boolean; parts: Array<Record<string, unknown>> }>(r);
    expect(body.boundary).toBe('XyZ');
    expect(body.complete).toBe(true);
    expect(body.parts).toEqual([
      {
        name: 'field',
        filename: null,
        contentType: null,
        headers: { 'content-disposition': 'form-data; name="field"' },
        size: 5,
        sha256: sha256('value'),
      },
      {
        name: 'file',
        filename: 'a;b "q".txt',
        contentType: 'text/plain',
        headers: {
          'content-disposition': 'form-data; name="file"; filename="a;b \\"q\\".txt"',
          'content-type': 'text/plain',
          'x-extra': '1',
        },
        size: 12,
        sha256: sha256('line1\r\nline2'),
      },
      expect.objectContaining({ name: 'u', filename: 'été.txt', size: 0, sha256: sha256('') }),
    ]);
  });

  it('reports what fetch’s FormData encoder sends, byte for byte', async () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const form = new FormData();
    form.append('bin', new Blob([bytes], { type: 'application/octet-stream' }), 'all.bin');
    const r = await fetch(`${server().url}/multipart-echo`, { method: 'POST', body: form });
    const body = (await r.json()) as { complete: boolean; parts: Array<{ size: number; sha256: string }> };
    expect(body.complete).toBe(true);
    expect(body.parts[0]).toMatchObject({
      name: 'bin',
      filename: 'all.bin',
      size: 256,
      sha256: sha256(bytes),
    });
  });

  it('flags a body without its closing delimiter, and rejects a non-multipart body', async () => {
    const cut = splitMultipart(
      Buffer.from('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nx\r\n--b\r\n'),
      'b',
    );
    expect(cut.complete).toBe(false);
    expect(cut.parts).toHaveLength(1);
    const r = await raw(`${server().url}/multipart-echo`, { method: 'POST', body: 'x' });
    expect(r.status).toBe(400);
  });
});
