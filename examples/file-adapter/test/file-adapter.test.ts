import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InvalidURL, PreparedRequest, RequestException, type SendOptions } from '@reqs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileAdapter } from '../src/index.js';

const options: SendOptions = { stream: false, verify: true, proxies: {} };
let dir: string;
let file: string;

function prepared(method: string, url: string): PreparedRequest {
  return new PreparedRequest().prepare({ method, url });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reqs-file-'));
  file = join(dir, 'hello world.txt');
  await writeFile(file, 'hello from disk\nsecond line\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileAdapter.send (without a session)', () => {
  it('keeps a file: URL unchanged through preparation', () => {
    const url = pathToFileURL(file).href;
    expect(prepared('GET', url).url).toBe(url);
  });

  it('streams a file with Content-Length', async () => {
    const adapter = new FileAdapter();
    const r = await adapter.send(prepared('GET', pathToFileURL(file).href), options);
    expect(r.statusCode).toBe(200);
    expect(r.headers.get('content-length')).toBe('28');
    await r.read();
    expect(r.text).toBe('hello from disk\nsecond line\n');
    expect(r.connection).toBe(adapter);
  });

  it('answers HEAD with headers only', async () => {
    const r = await new FileAdapter().send(prepared('HEAD', pathToFileURL(file).href), options);
    expect(r.statusCode).toBe(200);
    expect(r.headers.get('content-length')).toBe('28');
    expect(r.content.byteLength).toBe(0);
  });

  it('answers 404 for a missing file, 400 for a directory', async () => {
    const missing = await new FileAdapter().send(
      prepared('GET', pathToFileURL(join(dir, 'nope')).href),
      options,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.text).toContain('ENOENT');
    const directory = await new FileAdapter().send(prepared('GET', pathToFileURL(dir).href), options);
    expect(directory.statusCode).toBe(400);
  });

  it('accepts file://localhost/ and refuses another host or other methods', async () => {
    const local = await new FileAdapter().send(prepared('GET', `file://localhost${file}`), options);
    expect(local.statusCode).toBe(200);
    await local.close();
    await expect(
      new FileAdapter().send(prepared('GET', 'file://example.com/etc/hosts'), options),
    ).rejects.toThrow(InvalidURL);
    await expect(new FileAdapter().send(prepared('POST', pathToFileURL(file).href), options)).rejects.toThrow(
      RequestException,
    );
  });
});
