// The examples of Requests' Advanced Usage guide (docs/user/advanced.rst) that need no TLS or
// proxy — sessions, request and response objects, prepared requests, body workflow,
// keep-alive, streaming and chunked uploads, multipart, hooks, custom auth, streaming
// requests, encodings, verbs, Link headers, header order, timeouts — translated to TypeScript
// and run against the embedded httpbin. TLS, proxies and transport adapters:
// advanced-transport.test.ts.
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import requests, {
  AuthBase,
  HTTPBasicAuth,
  InvalidHeader,
  type PreparedRequest,
  ReadTimeout,
  Request,
  type Response,
  Session,
} from '../src/index.js';

const httpbin = useHttpbin();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'reqs-advanced-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Echo = {
  headers: Record<string, string>;
  form: Record<string, string>;
  data: string;
  json: unknown;
  cookies: Record<string, string>;
};

describe('Session Objects', () => {
  it('persists cookies across requests', async () => {
    await using s = new Session();
    await s.get(`${httpbin.url}/cookies/set/sessioncookie/123456789`);
    const r = await s.get(`${httpbin.url}/cookies`);
    expect(r.json()).toEqual({ cookies: { sessioncookie: '123456789' } });
  });

  it('provides default auth and headers, merged with the request’s', async () => {
    await using s = new Session();
    s.auth = ['user', 'pass'];
    s.headers.update({ 'x-test': 'true' });
    // both 'x-test' and 'x-test2' are sent
    const r = await s.get(`${httpbin.url}/headers`, { headers: { 'x-test2': 'true' } });
    const headers = r.json<Echo>().headers;
    expect(headers['X-Test']).toBe('true');
    expect(headers['X-Test2']).toBe('true');
    expect(headers.Authorization).toBe(
      new HTTPBasicAuth('user', 'pass').call(r.request.copy()).headers.get('authorization'),
    );
  });

  it('does not persist method-level parameters', async () => {
    await using s = new Session();
    let r = await s.get(`${httpbin.url}/cookies`, { cookies: { 'from-my': 'browser' } });
    expect(r.json()).toEqual({ cookies: { 'from-my': 'browser' } });
    r = await s.get(`${httpbin.url}/cookies`);
    expect(r.json()).toEqual({ cookies: {} });
  });

  it('closes with `await using` (the context manager), even when the block throws', async () => {
    let closed = false;
    await expect(
      (async () => {
        await using s = new Session();
        const close = s.close.bind(s);
        s.close = async () => {
          closed = true;
          await close();
        };
        await s.get(`${httpbin.url}/cookies/set/sessioncookie/123456789`);
        throw new Error('unhandled');
      })(),
    ).rejects.toThrow('unhandled');
    expect(closed).toBe(true);
  });

  it('removes a session value with null at the method level', async () => {
    await using s = new Session();
    s.headers.update({ 'x-test': 'true' });
    const r = await s.get(`${httpbin.url}/headers`, { headers: { 'x-test': null } });
    expect(r.json<Echo>().headers['X-Test']).toBeUndefined();
  });
});

describe('Request and Response Objects', () => {
  it('gives the headers received and the headers sent', async () => {
    const r = await requests.get(`${httpbin.url}/html`);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.request.headers['User-Agent']).toBe(`reqs/${requests.__version__}`);
    expect(r.request.headers.Accept).toBe('*/*');
    expect(r.request.headers['Accept-Encoding']).toMatch(/^gzip, deflate, br/);
  });
});

describe('Prepared Requests', () => {
  it('edits a prepared request before sending it', async () => {
    await using s = new Session();
    const req = new Request('POST', `${httpbin.url}/post`, {
      data: { key: 'value' },
      headers: { 'X-Test': '1' },
    });
    const prepped = req.prepare();
    prepped.body = 'No, I want exactly this as the body.';
    prepped.headers.delete('Content-Type');
    const resp = await s.send(prepped, {
      stream: false,
      verify: true,
      proxies: {},
      cert: null,
      timeout: 5000,
    });
    expect(resp.statusCode).toBe(200);
    expect(resp.json<Echo>().data).toBe('No, I want exactly this as the body.');
    expect(resp.json<Echo>().headers['Content-Type']).toBeUndefined();
  });

  it('keeps a Content-Length you set, and refuses a body that disagrees before sending', async () => {
    await using s = new Session();
    const req = new Request('POST', `${httpbin.url}/post`, {
      data: 'four',
      headers: { 'Content-Length': '4' },
    });
    const prepped = s.prepareRequest(req);
    expect(() => {
      prepped.body = 'five!';
    }).toThrow(InvalidHeader);
    prepped.body = 'FOUR';
    const resp = await s.send(prepped, { timeout: 5000 });
    expect(resp.json<Echo>().data).toBe('FOUR');
    expect(resp.json<Echo>().headers['Content-Length']).toBe('4');
  });

  it('prepares with the session’s state (cookies) via prepareRequest', async () => {
    await using s = new Session();
    s.cookies.set('session', 'yes');
    const req = new Request('GET', `${httpbin.url}/anything`, { headers: { 'X-Test': '1' } });
    const prepped = s.prepareRequest(req);
    prepped.body = 'Seriously, send exactly these bytes.';
    prepped.headers['Keep-Dead'] = 'parrot';
    const resp = await s.send(prepped);
    const echo = resp.json<Echo>();
    expect(echo.data).toBe('Seriously, send exactly these bytes.');
    expect(echo.headers['Keep-Dead']).toBe('parrot');
    expect(echo.headers.Cookie).toBe('session=yes');
  });

  it('merges the environment explicitly with mergeEnvironmentSettings', async () => {
    await using s = new Session();
    const prepped = s.prepareRequest(new Request('GET', `${httpbin.url}/get`));
    const settings = s.mergeEnvironmentSettings(prepped.url, {}, null, null, null);
    expect(settings).toEqual({ proxies: {}, stream: false, verify: true, cert: null });
    const resp = await s.send(prepped, settings);
    expect(resp.statusCode).toBe(200);
  });
});

describe('Body Content Workflow', () => {
  it('defers the body with stream: true, so downloading can be conditional', async () => {
    const TOO_LONG = 1024;
    await using small = await requests.get(`${httpbin.url}/bytes/100`, { stream: true });
    if (Number(small.headers['content-length']) < TOO_LONG) await small.read();
    expect(small.content.byteLength).toBe(100);
    await using big = await requests.get(`${httpbin.url}/bytes/5000`, { stream: true });
    expect(Number(big.headers['content-length'])).toBeGreaterThan(TOO_LONG);
    expect(() => big.content).toThrow(/await response.read\(\)/);
  });
});

describe('Keep-Alive', () => {
  it('reuses the connection within a session once bodies are read', async () => {
    await using s = new Session();
    const before = httpbin.server.connections;
    for (let i = 0; i < 3; i++) await s.get(`${httpbin.url}/get`);
    expect(httpbin.server.connections - before).toBe(1);
  });
});

describe('Streaming Uploads and Chunk-Encoded Requests', () => {
  it('streams a file as the body, with its Content-Length', async () => {
    const path = join(dir, 'massive-body');
    await writeFile(path, 'x'.repeat(10_000));
    const r = await requests.post(`${httpbin.url}/post`, { data: createReadStream(path) });
    expect(r.json<Echo>().data).toHaveLength(10_000);
    expect(r.request.headers.get('content-length')).toBe('10000');
  });

  it('sends a generator chunked', async () => {
    function* gen() {
      yield 'hi';
      yield 'there';
    }
    const r = await requests.post(`${httpbin.url}/post`, { data: gen() });
    expect(r.json<Echo>().data).toBe('hithere');
    expect(r.request.headers.get('transfer-encoding')).toBe('chunked');
  });

  it('iterates a chunked response chunk by chunk (chunkSize null) or by a maximum size', async () => {
    const r = await requests.get(`${httpbin.url}/stream-bytes/2000?chunk_size=500`, { stream: true });
    const sizes: number[] = [];
    for await (const chunk of r.iterContent(null)) sizes.push(chunk.byteLength);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(2000);
    const capped = await requests.get(`${httpbin.url}/stream-bytes/2000?chunk_size=500`, { stream: true });
    for await (const chunk of capped.iterContent(300)) expect(chunk.byteLength).toBeLessThanOrEqual(300);
  });
});

describe('POST Multiple Multipart-Encoded Files', () => {
  it('sends a list of (field, file) pairs with the same field name', async () => {
    const foo = join(dir, 'foo.png');
    const bar = join(dir, 'bar.png');
    await writeFile(foo, Buffer.from([0x89, 0x50, 0x4e, 0x47, 1]));
    await writeFile(bar, Buffer.from([0x89, 0x50, 0x4e, 0x47, 2]));
    const multipleFiles = [
      ['images', ['foo.png', createReadStream(foo), 'image/png']],
      ['images', ['bar.png', createReadStream(bar), 'image/png']],
    ] as const;
    const r = await requests.post(`${httpbin.url}/multipart-echo`, { files: multipleFiles });
    const parts = r.json<{ parts: Array<{ name: string; filename: string; contentType: string }> }>().parts;
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).toEqual([
      ['images', 'foo.png', 'image/png'],
      ['images', 'bar.png', 'image/png'],
    ]);
    expect(r.request.headers.get('content-type')).toMatch(/^multipart\/form-data; boundary=/);
  });
});

describe('Event Hooks', () => {
  const printed: string[] = [];
  const printUrl = (r: Response) => {
    printed.push(r.url);
  };
  const recordHook = (r: Response) => {
    (r as Response & { hookCalled?: boolean }).hookCalled = true;
    return r;
  };

  it('calls a per-request hook, and several hooks in order', async () => {
    printed.length = 0;
    await requests.get(`${httpbin.url}/`, { hooks: { response: printUrl } });
    expect(printed).toEqual([`${httpbin.url}/`]);
    const r = await requests.get(`${httpbin.url}/`, { hooks: { response: [printUrl, recordHook] } });
    expect(printed).toHaveLength(2);
    expect((r as Response & { hookCalled?: boolean }).hookCalled).toBe(true);
  });

  it('runs session hooks on every request', async () => {
    printed.length = 0;
    await using s = new Session();
    s.hooks.response.push(printUrl);
    await s.get(`${httpbin.url}/`);
    await s.get(`${httpbin.url}/get`);
    expect(printed).toEqual([`${httpbin.url}/`, `${httpbin.url}/get`]);
  });

  it('a hook’s return value replaces the response', async () => {
    const replacement = await requests.get(`${httpbin.url}/status/418`);
    const r = await requests.get(`${httpbin.url}/get`, { hooks: { response: () => replacement } });
    expect(r).toBe(replacement);
  });
});

describe('Custom Authentication', () => {
  /** Attaches HTTP Pizza Authentication to the given Request object. */
  class PizzaAuth extends AuthBase {
    constructor(readonly username: string) {
      // setup any auth-related data here
      super();
    }
    call(r: PreparedRequest): PreparedRequest {
      // modify and return the request
      r.headers['X-Pizza'] = this.username;
      return r;
    }
  }

  it('sends what the AuthBase subclass adds', async () => {
    const r = await requests.get(`${httpbin.url}/headers`, { auth: new PizzaAuth('kenneth') });
    expect(r.json<Echo>().headers['X-Pizza']).toBe('kenneth');
  });

  it('accepts any function of the prepared request', async () => {
    const auth = (r: PreparedRequest) => {
      r.headers.set('X-Token', 'abc');
      return r;
    };
    const r = await requests.get(`${httpbin.url}/headers`, { auth });
    expect(r.json<Echo>().headers['X-Token']).toBe('abc');
  });
});

describe('Streaming Requests', () => {
  it('iterates lines of a streaming API', async () => {
    const r = await requests.get(`${httpbin.url}/stream/20`, { stream: true });
    const ids: number[] = [];
    for await (const line of r.iterLines()) {
      // filter out keep-alive new lines
      if (line.byteLength > 0) ids.push(JSON.parse(new TextDecoder().decode(line)).id);
    }
    expect(ids).toEqual([...Array(20).keys()]);
  });

  it('decodes lines, with a fallback encoding when the server gives none', async () => {
    const r = await requests.get(`${httpbin.url}/stream/20`, { stream: true });
    if (r.encoding === null) r.encoding = 'utf-8';
    let n = 0;
    for await (const line of r.iterLines({ decodeUnicode: true }))
      if (line) n += JSON.parse(line).id === n ? 1 : 0;
    expect(n).toBe(20);
  });

  it('keeps one iterator to read from several places (iterLines is not re-entrant)', async () => {
    const r = await requests.get(`${httpbin.url}/stream/5`, { stream: true });
    const lines = r.iterLines({ decodeUnicode: true });
    const first = await lines.next(); // save the first line for later or just skip it
    const rest: string[] = [];
    for await (const line of lines) rest.push(line);
    expect(JSON.parse(first.value as string).id).toBe(0);
    expect(rest).toHaveLength(4);
  });
});

describe('Encodings', () => {
  it('uses ISO-8859-1 for text/* without a charset, and detects otherwise', async () => {
    const r = await requests.get(`${httpbin.url}/response-headers?Content-Type=text/plain`);
    expect(r.encoding).toBe('ISO-8859-1');
    r.encoding = 'utf-8';
    expect(r.json()).toMatchObject({ 'Content-Type': 'text/plain' });
    const json = await requests.get(`${httpbin.url}/response-headers?Content-Type=application/octet-stream`);
    expect(json.encoding).toBeNull();
    expect(json.apparentEncoding).toBe('ascii');
  });
});

describe('HTTP Verbs', () => {
  it('walks GET, OPTIONS, POST, PATCH, DELETE and HEAD as the GitHub walk-through does', async () => {
    let r = await requests.get(`${httpbin.url}/json`);
    if (r.statusCode === requests.codes.ok) expect(r.headers['content-type']).toBe('application/json');
    const commitData = r.json<{ slideshow: { author: string } }>();
    expect(commitData.slideshow.author).toBe('Yours Truly');
    const verbs = await requests.options(`${httpbin.url}/anything`);
    expect(verbs.headers.allow?.split(/,\s*/)).toEqual(
      expect.arrayContaining(['GET', 'POST', 'PATCH', 'DELETE']),
    );
    const body = JSON.stringify({ body: "Sounds great! I'll get right on it!" });
    const auth = new HTTPBasicAuth('fake@example.com', 'not_a_real_password');
    r = await requests.post(`${httpbin.url}/anything/comments`, { data: body, auth });
    expect(r.json<Echo>().data).toBe(body);
    expect(r.json<Echo>().headers.Authorization).toMatch(/^Basic /);
    r = await requests.patch(`${httpbin.url}/anything/comments/5804413`, { data: body, auth });
    expect(r.statusCode).toBe(200);
    r = await requests.delete(`${httpbin.url}/status/204`, { auth });
    expect(r.statusCode).toBe(204);
    r = await requests.head(`${httpbin.url}/response-headers?x-ratelimit-remaining=4995`, { auth });
    expect(r.headers['x-ratelimit-remaining']).toBe('4995');
  });
});

/** A server that answers any method (MKCOL included) with 201 and the method it saw. */
async function withAnyMethodServer(
  run: (url: string, seen: IncomingMessage[]) => Promise<void>,
): Promise<void> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    req.resume();
    req.on('end', () => res.writeHead(201, { 'Content-Type': 'text/plain' }).end(req.method));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/collection`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('Custom Verbs', () => {
  it('sends any method with request()', async () => {
    await withAnyMethodServer(async (url) => {
      const r = await requests.request('MKCOL', url, { data: 'data' });
      expect(r.statusCode).toBe(201);
      expect(r.text).toBe('MKCOL');
    });
  });
});

describe('Link Headers', () => {
  it('parses Link into r.links', async () => {
    const link =
      '<https://api.github.com/users/kennethreitz/repos?page=2&per_page=10>; rel="next", ' +
      '<https://api.github.com/users/kennethreitz/repos?page=7&per_page=10>; rel="last"';
    const r = await requests.head(`${httpbin.url}/response-headers?Link=${encodeURIComponent(link)}`);
    expect(r.headers.link).toBe(link);
    expect(r.links.next).toEqual({
      url: 'https://api.github.com/users/kennethreitz/repos?page=2&per_page=10',
      rel: 'next',
    });
    expect(r.links.last?.url).toBe('https://api.github.com/users/kennethreitz/repos?page=7&per_page=10');
  });
});

describe('Blocking Or Non-Blocking?', () => {
  it('is non-blocking: every call is a promise, so requests run concurrently', async () => {
    // The server answers none until it holds all three: serial calls would never complete.
    const waiting: ServerResponse[] = [];
    const server = createServer((_req, res) => {
      waiting.push(res);
      if (waiting.length === 3) for (const held of waiting) held.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const responses = await Promise.all([1, 2, 3].map(() => requests.get(url, { timeout: 5_000 })));
      expect(responses.map((r) => r.text)).toEqual(['ok', 'ok', 'ok']);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('Header Ordering', () => {
  it('sends the session’s default headers first, then the request’s in the order given', async () => {
    await withAnyMethodServer(async (url, seen) => {
      await requests.get(url, { headers: { 'X-First': '1', 'X-Second': '2', 'X-Third': '3' } });
      const names = (seen[0]?.rawHeaders ?? []).filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
      const custom = names.filter((n) => n.startsWith('x-'));
      expect(custom).toEqual(['x-first', 'x-second', 'x-third']);
      expect(names.indexOf('user-agent')).toBeLessThan(names.indexOf('x-first'));
    });
  });
});

describe('Timeouts', () => {
  it('applies one number to connect and read, or a [connect, read] pair', async () => {
    expect((await requests.get(`${httpbin.url}/get`, { timeout: 5000 })).statusCode).toBe(200);
    expect((await requests.get(`${httpbin.url}/get`, { timeout: [3050, 27_000] })).statusCode).toBe(200);
    await expect(requests.get(`${httpbin.url}/delay/1`, { timeout: [3050, 100] })).rejects.toThrow(
      ReadTimeout,
    );
  });

  it('waits forever with null', async () => {
    const r = await requests.get(`${httpbin.url}/delay/0.3`, { timeout: null });
    expect(r.statusCode).toBe(200);
  });

  it('read timeout is the silence between bytes, not a total', async () => {
    // 5 bytes over 1 s: a byte every ~200 ms never leaves the connection silent for 500 ms.
    const r = await requests.get(`${httpbin.url}/drip?numbytes=5&duration=1&delay=0`, {
      timeout: [3000, 500],
    });
    expect(r.content.byteLength).toBe(5);
  });
});
