// Uploads given the way fetch users and requests-toolbelt users give them (issue 14, items 2,
// 3 and 5): FormData and Map as files, FormData as data, a MultipartEncoder as data, and files
// that cannot be read — against the embedded httpbin.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import requests, { MultipartEncoder, RequestException, Session, UnreadableFileError } from '../src/index.js';

const httpbin = useHttpbin();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reqs-upload-input-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Echo = {
  files: Record<string, string>;
  form: Record<string, string>;
  headers: Record<string, string>;
  data: string;
};

function formData(): FormData {
  const form = new FormData();
  form.append('title', 'holiday');
  form.append('photo', new File(['beach bytes'], 'beach.txt', { type: 'text/plain' }));
  return form;
}

describe('FormData and Map are sent as multipart, never as an empty body', () => {
  it('data: FormData → its fields and files', async () => {
    const r = await requests.post(`${httpbin.url}/post`, { data: formData() });
    const echo = r.json<Echo>();
    expect(echo.headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(echo.form).toEqual({ title: 'holiday' });
    expect(echo.files).toEqual({ photo: 'beach bytes' });
  });

  it('files: FormData → the same', async () => {
    const echo = (await requests.post(`${httpbin.url}/post`, { files: formData() })).json<Echo>();
    expect(echo.form).toEqual({ title: 'holiday' });
    expect(echo.files).toEqual({ photo: 'beach bytes' });
  });

  it('files: FormData with data fields beside it', async () => {
    const echo = (
      await requests.post(`${httpbin.url}/post`, { data: { a: '1' }, files: formData() })
    ).json<Echo>();
    expect(echo.form).toEqual({ a: '1', title: 'holiday' });
    expect(echo.files).toEqual({ photo: 'beach bytes' });
  });

  it('files: Map → the object it holds', async () => {
    const files = new Map<string, string | [string, string]>([
      ['report', ['report.csv', 'a,b\n1,2\n']],
      ['note', 'plain'],
    ]);
    const echo = (await requests.post(`${httpbin.url}/post`, { files })).json<Echo>();
    expect(echo.files).toEqual({ report: 'a,b\n1,2\n', note: 'plain' });
  });

  it("an empty FormData or Map counts as no files (as Python's `not files`)", async () => {
    const echo = (
      await requests.post(`${httpbin.url}/post`, { files: new Map(), json: { j: 1 } })
    ).json<Echo>();
    expect(echo.headers['Content-Type']).toBe('application/json');
  });

  it.each<[string, unknown, RegExp]>([
    ['a string', 'abc', /^Unsupported files: string \('abc'\) \(pass \{ field: content \}/],
    ['a number', 5, /^Unsupported files: number \(5\)/],
    ['a Set', new Set(['a']), /^Unsupported files: Set/],
    [
      'a Map with a number key',
      new Map([[1, 'x']]),
      /^Unsupported files: a Map key must be a field name \(a string\), got number \(1\)/,
    ],
  ])('files as %s → TypeError saying what to pass', async (_name, files, message) => {
    await expect(requests.post(`${httpbin.url}/post`, { files: files as never })).rejects.toThrow(message);
  });
});

describe('data: new MultipartEncoder(…) (requests-toolbelt’s classic trap)', () => {
  it('sets its own Content-Type (with the boundary) and Content-Length', async () => {
    const m = new MultipartEncoder({ fields: { a: 'b' }, files: { f: ['f.txt', 'file body'] } });
    const echo = (await requests.post(`${httpbin.url}/post`, { data: m })).json<Echo>();
    expect(echo.headers['Content-Type']).toBe(m.contentType);
    expect(echo.headers['Content-Length']).toBe(String(m.length));
    expect(echo.form).toEqual({ a: 'b' });
    expect(echo.files).toEqual({ f: 'file body' });
  });

  it('a Content-Type the user gives wins', async () => {
    const m = new MultipartEncoder({ fields: { a: 'b' } });
    const echo = (
      await requests.post(`${httpbin.url}/anything`, {
        data: m,
        headers: { 'Content-Type': 'application/x-custom' },
      })
    ).json<Echo>();
    expect(echo.headers['Content-Type']).toBe('application/x-custom');
  });
});

describe('a file that cannot be opened: UnreadableFileError naming the path and the field', () => {
  it('files: a stream of a missing path → before anything is sent, ENOENT as the cause', async () => {
    const path = join(dir, 'missing.txt');
    const error = await requests
      .post(`${httpbin.url}/post`, { files: { upload: createReadStream(path) } })
      .then(
        () => null,
        (e: unknown) => e as UnreadableFileError,
      );
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error).toBeInstanceOf(RequestException);
    expect(error?.message).toBe(
      `Cannot read the file '${path}' for field 'upload': ENOENT: no such file or directory, stat '${path}'`,
    );
    expect((error?.cause as NodeJS.ErrnoException | undefined)?.code).toBe('ENOENT');
  });

  it('files: a stream of a directory → fails on reading, naming path and field', async () => {
    await using s = new Session();
    const error = await s.post(`${httpbin.url}/post`, { files: { folder: createReadStream(dir) } }).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(RequestException);
    expect(error?.message).toContain(`'${dir}'`);
    expect(error?.message).toContain("field 'folder'");
    expect(
      ((error as Error & { cause?: unknown }).cause as NodeJS.ErrnoException | undefined)?.code ??
        findCode(error),
    ).toBe('EISDIR');
    // The session is still usable.
    expect((await s.get(`${httpbin.url}/get`)).statusCode).toBe(200);
  });

  it('data: a stream of a missing path or a directory → field "data", before anything is sent', async () => {
    const missing = join(dir, 'nope.bin');
    await expect(requests.post(`${httpbin.url}/post`, { data: createReadStream(missing) })).rejects.toThrow(
      new RegExp(
        `^Cannot read the file '${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' for field 'data': ENOENT`,
      ),
    );
    await expect(requests.post(`${httpbin.url}/post`, { data: createReadStream(dir) })).rejects.toThrow(
      UnreadableFileError,
    );
  });

  it('a readable file still goes', async () => {
    const path = join(dir, 'ok.txt');
    await writeFile(path, 'fine');
    const echo = (
      await requests.post(`${httpbin.url}/post`, { files: { ok: createReadStream(path) } })
    ).json<Echo>();
    expect(echo.files).toEqual({ ok: 'fine' });
  });
});

/** The system error code somewhere down the cause chain. */
function findCode(error: unknown): string | undefined {
  let current = error as { cause?: unknown; code?: unknown } | undefined;
  for (let i = 0; i < 5 && current; i++) {
    if (typeof current.code === 'string') return current.code;
    current = current.cause as typeof current;
  }
  return undefined;
}
