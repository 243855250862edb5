import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { RequestException } from '@reqs/core';
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../src/index.js';

const here = fileURLToPath(new URL('..', import.meta.url));
let httpbin: HttpbinServer;
beforeAll(async () => {
  httpbin = await startServer();
});
afterAll(async () => {
  await httpbin.close();
});

describe('a project with only @reqs/core, @reqs/session and @reqs/adapters', () => {
  it('declares exactly those three runtime dependencies, and cannot load the others', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(Object.keys(manifest.dependencies).sort()).toEqual([
      '@reqs/adapters',
      '@reqs/core',
      '@reqs/session',
    ]);
    // Resolved by Node from this package, as an installed app would (without the NODE_PATH
    // that pnpm's bin shims add for the workspace's hoisted store).
    const { NODE_PATH: _hoisted, ...env } = process.env;
    const resolvable = (name: string) =>
      spawnSync(process.execPath, ['-e', `require.resolve(${JSON.stringify(name)})`], { cwd: here, env })
        .status === 0;
    for (const name of ['@reqs/core', '@reqs/session', '@reqs/adapters'])
      expect(resolvable(name), name).toBe(true);
    for (const name of ['reqs', '@reqs/multipart', '@reqs/encoding', '@reqs/auth'])
      expect(resolvable(name), name).toBe(false);
  });

  it('makes requests: GET with params, JSON and form POST, cookies across the session', async () => {
    await using s = createSession();
    const r = await s.get(`${httpbin.url}/get`, { params: { q: 'x', n: [1, 2] } });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ args: unknown }>().args).toEqual({ q: 'x', n: ['1', '2'] });
    const json = await s.post(`${httpbin.url}/post`, { json: { a: 1 } });
    expect(json.json<{ json: unknown }>().json).toEqual({ a: 1 });
    const form = await s.post(`${httpbin.url}/post`, { data: { key: 'value' } });
    expect(form.json<{ form: unknown }>().form).toEqual({ key: 'value' });
    await s.get(`${httpbin.url}/cookies/set?flavor=chocolate`);
    expect((await s.get(`${httpbin.url}/cookies`)).json()).toEqual({ cookies: { flavor: 'chocolate' } });
  });

  it('follows redirects and sends tuple auth as Basic', async () => {
    await using s = createSession();
    const r = await s.get(`${httpbin.url}/redirect/2`);
    expect(r.history.map((h) => h.statusCode)).toEqual([302, 302]);
    const auth = await s.get(`${httpbin.url}/basic-auth/u/p`, { auth: ['u', 'p'] });
    expect(auth.statusCode).toBe(200);
  });

  it('streams a response', async () => {
    await using s = createSession();
    await using r = await s.get(`${httpbin.url}/stream/3`, { stream: true });
    const lines: string[] = [];
    for await (const line of r.iterLines({ decodeUnicode: true })) lines.push(line);
    expect(lines).toHaveLength(3);
  });

  it('files: fails clearly, naming @reqs/multipart, before sending anything', async () => {
    await using s = createSession();
    const before = httpbin.connections;
    const error = await s.post(`${httpbin.url}/post`, { files: { f: 'data' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestException);
    expect((error as Error).message).toContain('@reqs/multipart');
    expect(httpbin.connections).toBe(before);
  });

  it('decodes text with core’s fallback detector (UTF-8, else Windows-1252)', async () => {
    await using s = createSession();
    const utf8 = await s.get(`${httpbin.url}/encoding/utf8`);
    expect(utf8.apparentEncoding).toBe('utf-8');
    // "café€" in Windows-1252, served without a charset.
    const server = createServer((_req, res) => res.end(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x80])));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const r = await s.get(`http://127.0.0.1:${port}/`);
      expect(r.encoding).toBeNull();
      expect(r.apparentEncoding).toBe('windows-1252');
      expect(r.text).toBe('café€');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
