// Every example of Requests' Quickstart guide (docs/user/quickstart.rst), translated to
// TypeScript and run against the embedded httpbin instead of httpbin.org / api.github.com.
import { createReadStream } from 'node:fs';
import { mkdtemp, open, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import requests, {
  ConnectionError,
  HTTPError,
  JSONDecodeError,
  RequestException,
  RequestsCookieJar,
  Session,
  Timeout,
  TooManyRedirects,
} from '../src/index.js';

const httpbin = useHttpbin();
const other = useHttpbin(); // a second origin, for "redirected off-host"
let dir: string;

type Echo = {
  args: Record<string, string | string[]>;
  form: Record<string, string | string[]>;
  files: Record<string, string>;
  headers: Record<string, string>;
  json: unknown;
  data: string;
  url: string;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reqs-quickstart-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Make a Request', () => {
  it('GET, POST, PUT, DELETE, HEAD and OPTIONS are as simple', async () => {
    let r = await requests.get(`${httpbin.url}/get`);
    expect(r.statusCode).toBe(200);
    r = await requests.post(`${httpbin.url}/post`, { data: { key: 'value' } });
    expect(r.json<Echo>().form).toEqual({ key: 'value' });
    r = await requests.put(`${httpbin.url}/put`, { data: { key: 'value' } });
    expect(r.json<Echo>().form).toEqual({ key: 'value' });
    r = await requests.delete(`${httpbin.url}/delete`);
    expect(r.statusCode).toBe(200);
    r = await requests.head(`${httpbin.url}/get`);
    expect(r.headers['content-type']).toBe('application/json');
    r = await requests.options(`${httpbin.url}/get`);
    expect(r.headers.allow).toContain('GET');
  });
});

describe('Passing Parameters In URLs', () => {
  it('encodes a dict of params; null values are left out', async () => {
    const payload = { key1: 'value1', key2: 'value2', key3: null };
    const r = await requests.get(`${httpbin.url}/get`, { params: payload });
    expect(r.url).toBe(`${httpbin.url}/get?key1=value1&key2=value2`);
  });

  it('repeats the key for a list of values', async () => {
    const payload = { key1: 'value1', key2: ['value2', 'value3'] };
    const r = await requests.get(`${httpbin.url}/get`, { params: payload });
    expect(r.url).toBe(`${httpbin.url}/get?key1=value1&key2=value2&key2=value3`);
    expect(r.json<Echo>().args).toEqual(payload);
  });
});

describe('Response Content', () => {
  it('decodes text with the encoding from the headers, which can be changed', async () => {
    const r = await requests.get(`${httpbin.url}/encoding/utf8`);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('Grüße');
    r.encoding = 'ISO-8859-1';
    expect(r.text).not.toContain('Grüße');
    expect(r.text).toContain('cafÃ©, naÃ¯ve');
  });

  it('binary content: bytes, with gzip, deflate and br decoded automatically', async () => {
    const image = await requests.get(`${httpbin.url}/image/png`);
    expect([...image.content.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]); // \x89PNG
    for (const coding of ['gzip', 'deflate', 'brotli']) {
      const r = await requests.get(`${httpbin.url}/${coding}`);
      const flag = { gzip: 'gzipped', deflate: 'deflated', brotli: 'brotli' }[coding] ?? coding;
      expect(r.json<Record<string, boolean>>()[flag], coding).toBe(true);
    }
  });

  it('JSON content, and JSONDecodeError when there is none', async () => {
    const r = await requests.get(`${httpbin.url}/json`);
    expect(r.json<{ slideshow: { title: string } }>().slideshow.title).toBe('Sample Slide Show');
    const noContent = await requests.get(`${httpbin.url}/status/204`);
    expect(() => noContent.json()).toThrow(JSONDecodeError);
    const html = await requests.get(`${httpbin.url}/html`);
    expect(() => html.json()).toThrow(JSONDecodeError);
    // json() succeeding says nothing about the status: check it with raiseForStatus().
    expect(() => noContent.raiseForStatus()).not.toThrow();
  });

  it('raw response content: the body stream as received, with stream: true', async () => {
    const r = await requests.get(`${httpbin.url}/stream-bytes/64?seed=7`, { stream: true });
    const chunks: Uint8Array[] = [];
    for await (const chunk of r.raw ?? []) chunks.push(chunk as Uint8Array);
    const again = await requests.get(`${httpbin.url}/stream-bytes/64?seed=7`);
    expect(Buffer.compare(Buffer.concat(chunks), again.content)).toBe(0);
    await r.close();
  });

  it('raw response content of a gzip body is still gzip (issue #4)', async () => {
    const r = await requests.get(`${httpbin.url}/gzip`, { stream: true });
    let first: Uint8Array | undefined;
    for await (const chunk of r.raw ?? []) {
      first = chunk as Uint8Array;
      break;
    }
    expect([...(first ?? new Uint8Array(0)).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    await r.close();
  });

  it('saves a streamed download to a file with iterContent', async () => {
    const filename = join(dir, 'download.bin');
    const r = await requests.get(`${httpbin.url}/stream-bytes/4096?seed=1`, { stream: true });
    const fd = await open(filename, 'w');
    try {
      for await (const chunk of r.iterContent(1024)) await fd.write(chunk);
    } finally {
      await fd.close();
    }
    const again = await requests.get(`${httpbin.url}/stream-bytes/4096?seed=1`);
    expect(Buffer.compare(await readFile(filename), again.content)).toBe(0);
  });
});

describe('Custom Headers', () => {
  it('sends a dict of headers', async () => {
    const headers = { 'user-agent': 'my-app/0.0.1' };
    const r = await requests.get(`${httpbin.url}/headers`, { headers });
    expect(r.json<Echo>().headers['User-Agent']).toBe('my-app/0.0.1');
  });

  it('auth= overrides an Authorization header; it is removed when redirected off-host', async () => {
    const r = await requests.get(`${httpbin.url}/headers`, {
      headers: { Authorization: 'Bearer from-headers' },
      auth: ['user', 'pass'],
    });
    expect(r.json<Echo>().headers.Authorization).toMatch(/^Basic /);
    const offHost = await requests.get(`${httpbin.url}/redirect-to`, {
      params: { url: `${other.url}/headers` },
      headers: { Authorization: 'Bearer secret' },
    });
    expect(offHost.json<Echo>().headers.Authorization).toBeUndefined();
  });
});

describe('More complicated POST requests', () => {
  it('form-encodes a dict', async () => {
    const payload = { key1: 'value1', key2: 'value2' };
    const r = await requests.post(`${httpbin.url}/post`, { data: payload });
    expect(r.json<Echo>().form).toEqual(payload);
  });

  it('sends several values per key as tuples or as a list', async () => {
    const r1 = await requests.post(`${httpbin.url}/post`, {
      data: [
        ['key1', 'value1'],
        ['key1', 'value2'],
      ],
    });
    const r2 = await requests.post(`${httpbin.url}/post`, { data: { key1: ['value1', 'value2'] } });
    expect(r1.json<Echo>().form).toEqual({ key1: ['value1', 'value2'] });
    expect(r1.json<Echo>().form).toEqual(r2.json<Echo>().form);
  });

  it('sends a string as is (no Content-Type), or JSON with json=', async () => {
    const payload = { some: 'data' };
    const r = await requests.post(`${httpbin.url}/post`, { data: JSON.stringify(payload) });
    expect(r.json<Echo>().data).toBe('{"some":"data"}');
    expect(r.request.headers.get('content-type')).toBeUndefined();
    const j = await requests.post(`${httpbin.url}/post`, { json: payload });
    expect(j.json<Echo>().json).toEqual(payload);
    expect(j.request.headers.get('content-type')).toBe('application/json');
    const ignored = await requests.post(`${httpbin.url}/post`, { json: payload, data: { form: 'wins' } });
    expect(ignored.json<Echo>().json).toBeNull();
  });
});

describe('POST a Multipart-Encoded File', () => {
  it('uploads a file', async () => {
    const path = join(dir, 'report.xls');
    await writeFile(path, 'pretend,spreadsheet\n');
    const r = await requests.post(`${httpbin.url}/post`, { files: { file: createReadStream(path) } });
    expect(r.json<Echo>().files).toEqual({ file: 'pretend,spreadsheet\n' });
  });

  it('sets filename, content type and headers explicitly', async () => {
    const path = join(dir, 'report.xls');
    await writeFile(path, 'pretend,spreadsheet\n');
    const files = {
      file: ['report.xls', createReadStream(path), 'application/vnd.ms-excel', { Expires: '0' }] as const,
    };
    const r = await requests.post(`${httpbin.url}/multipart-echo`, { files });
    const [part] = r.json<{
      parts: Array<{ filename: string; contentType: string; headers: Record<string, string> }>;
    }>().parts;
    expect(part?.filename).toBe('report.xls');
    expect(part?.contentType).toBe('application/vnd.ms-excel');
    expect(part?.headers.expires).toBe('0');
  });

  it('sends strings as files', async () => {
    const files = { file: ['report.csv', 'some,data,to,send\nanother,row,to,send\n'] as const };
    const r = await requests.post(`${httpbin.url}/post`, { files });
    expect(r.json<Echo>().files.file).toBe('some,data,to,send\nanother,row,to,send\n');
  });
});

describe('Response Status Codes', () => {
  it('compares with codes and raises for 4xx/5xx', async () => {
    const r = await requests.get(`${httpbin.url}/get`);
    expect(r.statusCode).toBe(200);
    expect(r.statusCode === requests.codes.ok).toBe(true);
    const badR = await requests.get(`${httpbin.url}/status/404`);
    expect(badR.statusCode).toBe(404);
    expect(() => badR.raiseForStatus()).toThrow(HTTPError);
    // The reason is shown as the server sent it: werkzeug's "NOT FOUND", as httpbin.org.
    expect(badR.reason).toBe('NOT FOUND');
    expect(() => badR.raiseForStatus()).toThrow(
      `404 Client Error: NOT FOUND for url: ${httpbin.url}/status/404`,
    );
    expect(r.raiseForStatus()).toBeUndefined();
  });

  it('names server errors the same way (docs/reference/response.md)', async () => {
    const r = await requests.get(`${httpbin.url}/status/500`);
    expect(r.reason).toBe('INTERNAL SERVER ERROR');
    const error = (() => {
      try {
        r.raiseForStatus();
      } catch (caught) {
        return caught;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(HTTPError);
    expect((error as HTTPError).message).toBe(
      `500 Server Error: INTERNAL SERVER ERROR for url: ${httpbin.url}/status/500`,
    );
    expect((error as HTTPError).response).toBe(r);
  });
});

describe('Response Headers', () => {
  it('are case-insensitive, with repeated headers combined', async () => {
    const r = await requests.get(`${httpbin.url}/response-headers?X-Dup=a&X-Dup=b`);
    expect(r.headers['Content-Type']).toBe('application/json');
    expect(r.headers.get('content-type')).toBe('application/json');
    expect(r.headers['x-dup']).toBe('a, b');
    expect(r.headers.getAll('X-Dup')).toEqual(['a', 'b']);
  });
});

describe('Cookies', () => {
  it('reads the cookies a response set', async () => {
    const r = await requests.get(`${httpbin.url}/cookies/set?example_cookie_name=example_cookie_value`, {
      allowRedirects: false,
    });
    expect(r.cookies.get('example_cookie_name')).toBe('example_cookie_value');
  });

  it('sends your own cookies', async () => {
    const cookies = { cookies_are: 'working' };
    const r = await requests.get(`${httpbin.url}/cookies`, { cookies });
    expect(r.json()).toEqual({ cookies: { cookies_are: 'working' } });
  });

  it('passes a RequestsCookieJar with domains and paths', async () => {
    const jar = new RequestsCookieJar();
    jar.set('tasty_cookie', 'yum', { domain: '127.0.0.1', path: '/cookies' });
    jar.set('gross_cookie', 'blech', { domain: '127.0.0.1', path: '/elsewhere' });
    const r = await requests.get(`${httpbin.url}/cookies`, { cookies: jar });
    expect(r.json()).toEqual({ cookies: { tasty_cookie: 'yum' } });
  });
});

describe('Redirection and History', () => {
  const moved = () => `${httpbin.url}/redirect-to?url=${encodeURIComponent('/get')}&status_code=301`;

  it('follows redirects and records the history', async () => {
    const r = await requests.get(moved());
    expect(r.url).toBe(`${httpbin.url}/get`);
    expect(r.statusCode).toBe(200);
    expect(r.history.map(String)).toEqual(['<Response [301]>']);
  });

  it('allowRedirects: false stops; HEAD follows only when asked', async () => {
    const r = await requests.get(moved(), { allowRedirects: false });
    expect(r.statusCode).toBe(301);
    expect(r.history).toEqual([]);
    const h = await requests.head(moved(), { allowRedirects: true });
    expect(h.url).toBe(`${httpbin.url}/get`);
    expect(h.history.map(String)).toEqual(['<Response [301]>']);
  });
});

describe('Timeouts', () => {
  it('stops waiting after the timeout (milliseconds)', async () => {
    await expect(requests.get(`${httpbin.url}/delay/1`, { timeout: 100 })).rejects.toThrow(Timeout);
  });
});

describe('Errors and Exceptions', () => {
  it('ConnectionError, HTTPError, Timeout and TooManyRedirects all inherit RequestException', async () => {
    const listener = createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const { port } = listener.address() as { port: number };
    await new Promise((resolve) => listener.close(resolve));
    const refused = await requests.get(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ConnectionError);

    const notFound = await requests.get(`${httpbin.url}/status/404`);
    let httpError: unknown = null;
    try {
      notFound.raiseForStatus();
    } catch (e) {
      httpError = e;
    }
    expect(httpError).toBeInstanceOf(HTTPError);

    const slow = await requests.get(`${httpbin.url}/delay/1`, { timeout: 50 }).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(Timeout);

    await using s = new Session();
    s.maxRedirects = 2;
    const loop = await s.get(`${httpbin.url}/redirect/5`).catch((e: unknown) => e);
    expect(loop).toBeInstanceOf(TooManyRedirects);

    for (const error of [refused, httpError, slow, loop]) expect(error).toBeInstanceOf(RequestException);
  });
});
