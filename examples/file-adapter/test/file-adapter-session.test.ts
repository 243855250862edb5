// FileAdapter mounted on a real Session, beside the HTTP transport.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InvalidSchema } from '@reqs/core';
import { Session } from '@reqs/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileAdapter } from '../src/index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reqs-file-session-'));
  await writeFile(join(dir, 'lines.txt'), 'one\ntwo\nthree\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileAdapter mounted on file://', () => {
  it('answers GET through the session, streamed or not', async () => {
    await using s = new Session();
    s.mount('file://', new FileAdapter());
    const url = pathToFileURL(join(dir, 'lines.txt')).href;
    const r = await s.get(url);
    expect(r.statusCode).toBe(200);
    expect(r.text).toBe('one\ntwo\nthree\n');
    expect(r.url).toBe(url);
    await using streamed = await s.get(url, { stream: true });
    const lines: string[] = [];
    for await (const line of streamed.iterLines({ decodeUnicode: true })) lines.push(line);
    expect(lines).toEqual(['one', 'two', 'three']);
  });

  it('is only used for its prefix', async () => {
    await using s = new Session();
    await expect(s.get(pathToFileURL(join(dir, 'lines.txt')).href)).rejects.toThrow(InvalidSchema);
    s.mount('file://', new FileAdapter());
    expect(s.getAdapter('file:///x')).toBeInstanceOf(FileAdapter);
    expect(() => s.getAdapter('ftp://example.com/')).toThrow(InvalidSchema);
  });
});
