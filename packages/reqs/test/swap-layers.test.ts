// Every layer of a Session swaps without touching the others (docs/reference/layers.md): a third-party
// auth and a third-party adapter (the example packages, built on @reqs/core alone), a custom
// cookie jar, a custom charset detector and a custom multipart encoder.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
// The interface, not reqs' MultipartEncoder class of the same name (a third party implements this one).
import type { MultipartEncoder } from '@reqs/core';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { FileAdapter } from 'reqs-file';
import { PizzaAuth } from 'reqs-pizza-auth';
import { describe, expect, it } from 'vitest';
import {
  BaseAdapter,
  type CharsetDetector,
  type CookieJar,
  type CookieLike,
  type EncodedMultipart,
  type FileSpec,
  type PreparedRequest,
  Response,
  type Scalar,
  Session,
} from '../src/index.js';
import { startByteServer } from './helpers/byte-server.js';

const httpbin = useHttpbin();

describe('auth: a third-party AuthBase (examples/pizza-auth)', () => {
  it('authenticates per request and per session', async () => {
    await using s = new Session();
    const r = await s.get(`${httpbin.url}/headers`, { auth: new PizzaAuth('kenneth') });
    expect(r.json<{ headers: Record<string, string> }>().headers['X-Pizza']).toBe('kenneth');
    s.auth = new PizzaAuth('luigi');
    const again = await s.get(`${httpbin.url}/headers`);
    expect(again.json<{ headers: Record<string, string> }>().headers['X-Pizza']).toBe('luigi');
  });
});

/** An adapter that answers from memory, to prove the longest mounted prefix wins. */
class CannedAdapter extends BaseAdapter {
  readonly seen: string[] = [];
  async send(request: PreparedRequest): Promise<Response> {
    this.seen.push(request.url);
    const r = new Response();
    r.statusCode = 200;
    r.reason = 'OK';
    r.url = request.url;
    r.request = request;
    r.connection = this;
    r.headers.set('Content-Type', 'text/plain; charset=utf-8');
    r.content = new TextEncoder().encode(`canned answer for ${request.method} ${request.pathUrl}`);
    return r;
  }
  async close(): Promise<void> {}
}

describe('transport: third-party adapters mounted on a prefix', () => {
  it('serves file:// through examples/file-adapter, next to HTTP', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reqs-swap-'));
    try {
      const file = join(dir, 'data.json');
      await writeFile(file, '{"from":"disk"}');
      await using s = new Session();
      s.mount('file://', new FileAdapter());
      const r = await s.get(pathToFileURL(file).href);
      expect(r.statusCode).toBe(200);
      expect(r.json()).toEqual({ from: 'disk' });
      expect((await s.get(pathToFileURL(join(dir, 'missing')).href)).statusCode).toBe(404);
      expect((await s.get(`${httpbin.url}/get`)).statusCode).toBe(200);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('chooses the longest matching prefix', async () => {
    await using s = new Session();
    const canned = new CannedAdapter();
    s.mount(`${httpbin.url}/canned/`, canned);
    const r = await s.get(`${httpbin.url}/canned/thing?x=1`);
    expect(r.text).toBe('canned answer for GET /canned/thing?x=1');
    expect(s.getAdapter(`${httpbin.url}/canned/other`)).toBe(canned);
    expect((await s.get(`${httpbin.url}/get`)).json<{ url: string }>().url).toBe(`${httpbin.url}/get`);
    expect(canned.seen).toEqual([`${httpbin.url}/canned/thing?x=1`]);
  });
});

/** A cookie jar of name → value that ignores domains and paths, recording what the session asks. */
class MemoryJar implements CookieJar {
  readonly calls: string[] = [];
  #values = new Map<string, string>();

  cookieHeaderFor(url: string): string | null {
    this.calls.push(`header ${new URL(url).pathname}`);
    if (this.#values.size === 0) return null;
    return [...this.#values].map(([name, value]) => `${name}=${value}`).join('; ');
  }
  storeResponseCookies(setCookieHeaders: readonly string[], url: string): void {
    this.calls.push(`store ${new URL(url).pathname}`);
    for (const header of setCookieHeaders) {
      const [pair = ''] = header.split(';');
      const eq = pair.indexOf('=');
      if (eq > 0) this.#values.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
  }
  get(name: string, defaultValue?: string): string | undefined {
    return this.#values.get(name) ?? defaultValue;
  }
  set(name: string, value: string | null): void {
    if (value === null) this.#values.delete(name);
    else this.#values.set(name, value);
  }
  delete(name: string): boolean {
    return this.#values.delete(name);
  }
  getDict(): Record<string, string> {
    return Object.fromEntries(this.#values);
  }
  clear(): void {
    this.#values.clear();
  }
  copy(): CookieJar {
    const jar = new MemoryJar();
    for (const [name, value] of this.#values) jar.set(name, value);
    return jar;
  }
  get size(): number {
    return this.#values.size;
  }
  *[Symbol.iterator](): Iterator<CookieLike> {
    for (const [name, value] of this.#values) {
      yield { name, value, domain: '', path: '/', secure: false, expires: null };
    }
  }
}

describe('cookies: a custom CookieJar', () => {
  it('is used at construction for sending and storing, across redirects', async () => {
    const jar = new MemoryJar();
    await using s = new Session({ cookies: jar });
    expect(s.cookies).toBe(jar);
    await s.get(`${httpbin.url}/cookies/set?flavor=chocolate`);
    expect(jar.getDict()).toEqual({ flavor: 'chocolate' });
    expect(jar.calls).toContain('store /cookies/set');
    const r = await s.get(`${httpbin.url}/cookies`);
    expect(r.json()).toEqual({ cookies: { flavor: 'chocolate' } });
  });

  it('can be assigned later, replacing the default jar', async () => {
    await using s = new Session();
    await s.get(`${httpbin.url}/cookies/set?old=1`);
    const jar = new MemoryJar();
    jar.set('fresh', 'yes');
    s.cookies = jar;
    const r = await s.get(`${httpbin.url}/cookies`);
    expect(r.json()).toEqual({ cookies: { fresh: 'yes' } });
  });
});

describe('encoding: a custom CharsetDetector', () => {
  // "Привет" in KOI8-R: not UTF-8, so a default detector would guess something else.
  const koi8 = new Uint8Array([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]);

  it('decides apparentEncoding and text when the server names no charset', async () => {
    await using server = await startByteServer(koi8, { 'Content-Type': 'application/octet-stream' });
    const detector: CharsetDetector = { detect: () => 'koi8-r' };
    await using s = new Session({ charsetDetector: detector });
    const r = await s.get(server.url);
    expect(r.encoding).toBeNull();
    expect(r.apparentEncoding).toBe('koi8-r');
    expect(r.text).toBe('Привет');
  });

  it('is writable on the session, and may decode itself', async () => {
    await using server = await startByteServer(koi8, { 'Content-Type': 'application/octet-stream' });
    await using s = new Session();
    s.charsetDetector = { detect: () => 'x-upper', decode: (bytes) => `${bytes.byteLength} BYTES` };
    const r = await s.get(server.url);
    expect(r.apparentEncoding).toBe('x-upper');
    expect(r.text).toBe('6 BYTES');
  });
});

/** A multipart encoder that sends every part as one JSON document, to prove the swap. */
class JsonPartsEncoder implements MultipartEncoder {
  encode(
    fields: ReadonlyArray<readonly [string, Scalar]>,
    files: ReadonlyArray<readonly [string, FileSpec]>,
  ): EncodedMultipart {
    const names = files.map(([name]) => name);
    const body = JSON.stringify({ fields: Object.fromEntries(fields), files: names });
    return { body, contentType: 'application/json', length: Buffer.byteLength(body) };
  }
}

describe('multipart: a custom MultipartEncoder', () => {
  it('encodes files for the session', async () => {
    await using s = new Session({ multipartEncoder: new JsonPartsEncoder() });
    const r = await s.post(`${httpbin.url}/post`, { data: { a: '1' }, files: { report: 'x' } });
    expect(r.json<{ json: unknown }>().json).toEqual({ fields: { a: '1' }, files: ['report'] });
  });
});
