// Hostile redirects: loops, long chains, dangerous schemes, downgrades and host changes that
// must not carry credentials, odd Location bytes, and redirect bodies that are bombs.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { InvalidSchema, TooManyRedirects } from '@reqs/core';
import { createTlsFixture, startTlsServer, type TlsFixture } from '@reqs/test-servers';
import { HTTPAdapter, HTTPDigestAuth } from 'reqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkRecovery,
  createSession,
  header,
  headerValues,
  startConnectProxy,
  startHostileServer,
} from '../src/index.js';
import { expectError } from './helpers/expect-error.js';
import { redirectTo } from './helpers/redirect.js';
import { writeResponse } from './helpers/respond.js';

const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie'];

describe('loops and long chains', () => {
  it('a redirect loop → TooManyRedirects "Exceeded 30 redirects." carrying the last response', async () => {
    await using server = await startHostileServer({ '/loop': redirectTo('/loop') });
    const s = createSession();
    const error = await expectError(
      s.get(`${server.url}/loop`),
      TooManyRedirects,
      /^Exceeded 30 redirects\.$/,
    );
    expect(error.response?.statusCode).toBe(302);
    expect(server.requestsTo('/loop')).toHaveLength(31);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a 301 chain one longer than maxRedirects → TooManyRedirects; exactly maxRedirects is followed', async () => {
    await using server = await startHostileServer({
      '*': (request, socket) => {
        const n = Number(request.path.slice('/chain/'.length));
        if (n === 0) writeResponse(socket, '200 OK', ['Content-Length: 4'], 'done');
        else redirectTo(`/chain/${n - 1}`, '301 Moved Permanently')(request, socket);
      },
    });
    const s = createSession();
    s.maxRedirects = 5;
    await expectError(s.get(`${server.url}/chain/6`), TooManyRedirects, /^Exceeded 5 redirects\.$/);
    const r = await s.get(`${server.url}/chain/5`);
    expect(r.text).toBe('done');
    expect(r.history.map((h) => h.statusCode)).toEqual([301, 301, 301, 301, 301]);
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('Location to a scheme no adapter serves', () => {
  it.each([
    ['file:///etc/passwd'],
    ['data:text/plain,hello'],
    ['javascript:alert(1)'],
    ['ftp://127.0.0.1/pub/file'],
    ['http+unix://%2Fvar%2Frun%2Fdocker.sock/containers/json'],
  ])('Location: %s → InvalidSchema naming the URL, nothing sent', async (location) => {
    await using server = await startHostileServer({ '/go': redirectTo(location) });
    const s = createSession();
    const error = await expectError(
      s.get(`${server.url}/go`),
      InvalidSchema,
      /^No connection adapters were found for '/,
    );
    expect(error.message).toContain(location.slice(0, location.indexOf(':') + 1));
    expect(server.requests).toHaveLength(1);
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('Location to a unix socket when an http+unix adapter is mounted', () => {
  it('a network origin cannot redirect into a local unix socket → InvalidSchema (no SSRF into docker.sock and the like)', async () => {
    const path = join(tmpdir(), `reqs-robustness-${process.pid}.sock`);
    let reached = 0;
    const unix = createServer((_q, r) => {
      reached++;
      r.end('from the unix socket');
    });
    await new Promise<void>((resolve) => unix.listen(path, resolve));
    try {
      const location = `http+unix://${encodeURIComponent(path)}/secret`;
      await using server = await startHostileServer({ '/go': redirectTo(location) });
      const s = createSession();
      s.mount('http+unix://', new HTTPAdapter());
      await expectError(s.get(`${server.url}/go`), InvalidSchema, /'http\+unix:'.*may not leave http\(s\)/);
      expect(reached).toBe(0);
      await checkRecovery(s, server, { keptAlive: 1 });
    } finally {
      await new Promise((resolve) => unix.close(resolve));
    }
  });
});

describe('credentials never follow a redirect to another origin', () => {
  let tls: TlsFixture;
  beforeAll(async () => {
    tls = await createTlsFixture();
  });
  afterAll(async () => {
    await tls.cleanup();
  });

  it('https → http on another host and port: Authorization, Proxy-Authorization, Cookie and Secure cookies stay behind', async () => {
    await using landing = await startHostileServer({
      '/landing': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 6'], 'landed'),
    });
    const seen: Record<string, string | undefined>[] = [];
    await using secure = await startTlsServer({
      cert: tls.server.cert,
      key: tls.server.key,
      handler: (request, response) => {
        seen.push({ authorization: request.headers.authorization, cookie: request.headers.cookie });
        request.resume();
        response.writeHead(302, {
          Location: `http://localhost:${landing.port}/landing`,
          'Set-Cookie': ['origin=1; Path=/', 'secret=1; Path=/; Secure'],
          'Content-Length': '0',
        });
        response.end();
      },
    });
    const s = createSession();
    s.cookies.set('session', 'for-127', { domain: '127.0.0.1' });
    const r = await s.get(`${secure.url}/start`, {
      verify: tls.caFile,
      auth: ['user', 'pass'],
      headers: { 'Proxy-Authorization': 'Basic cHJveHk6c2VjcmV0' },
      cookies: { perRequest: 'bound-to-127' },
    });
    expect(r.text).toBe('landed');
    expect(seen[0]?.authorization).toMatch(/^Basic /);
    expect(seen[0]?.cookie).toContain('perRequest=bound-to-127');
    const [arrived] = landing.requestsTo('/landing');
    for (const name of CREDENTIAL_HEADERS) expect(header(arrived!, name), name).toBeUndefined();
    await checkRecovery(s, landing, { keptAlive: 1, others: [secure] });
  });

  it('http → another host: Authorization in any casing, per-request cookies, session cookies of the old host and a user Host header are dropped', async () => {
    await using landing = await startHostileServer({
      '/landing': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 6'], 'landed'),
    });
    await using origin = await startHostileServer({
      '/set': (_r, socket) =>
        writeResponse(socket, '200 OK', ['Set-Cookie: hostonly=127; Path=/', 'Content-Length: 0']),
      '/go': (request, socket) => redirectTo(`http://localhost:${landing.port}/landing`)(request, socket),
    });
    const s = createSession();
    await s.get(`${origin.url}/set`);
    const r = await s.get(`${origin.url}/go`, {
      headers: {
        aUtHoRiZaTiOn: 'Bearer token',
        'PROXY-AUTHORIZATION': 'Basic eDp5',
        Host: `127.0.0.1:${origin.port}`,
      },
      cookies: { perRequest: 'x' },
    });
    expect(r.text).toBe('landed');
    const [first] = origin.requestsTo('/go');
    expect(header(first!, 'authorization')).toBe('Bearer token');
    expect(header(first!, 'cookie')).toMatch(/hostonly=127/);
    // No proxy: the user's Proxy-Authorization goes to the first origin, as Requests sends it.
    expect(header(first!, 'proxy-authorization')).toBe('Basic eDp5');
    const [arrived] = landing.requestsTo('/landing');
    for (const name of CREDENTIAL_HEADERS) expect(header(arrived!, name), name).toBeUndefined();
    expect(header(arrived!, 'host')).toBe(`localhost:${landing.port}`);
    await checkRecovery(s, landing, { keptAlive: 1, others: [origin] });
  });

  it('Authorization stripped once stays stripped when the chain comes back to the first origin', async () => {
    let entryPort = 0;
    await using away = await startHostileServer({
      '/bounce': (request, socket) => redirectTo(`http://127.0.0.1:${entryPort}/back`)(request, socket),
    });
    await using entry = await startHostileServer({
      '/start': redirectTo(`http://localhost:${away.port}/bounce`),
      '/back': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 4'], 'back'),
    });
    entryPort = entry.port;
    const s = createSession();
    const r = await s.get(`${entry.url}/start`, { auth: ['user', 'pass'] });
    expect(r.text).toBe('back');
    expect(header(entry.requestsTo('/start')[0]!, 'authorization')).toMatch(/^Basic /);
    expect(header(away.requests[0]!, 'authorization')).toBeUndefined();
    expect(header(entry.requestsTo('/back')[0]!, 'authorization')).toBeUndefined();
    await checkRecovery(s, entry, { keptAlive: 1, others: [away] });
  });

  it('a same-origin redirect keeps Authorization (the rule is not over-eager)', async () => {
    await using server = await startHostileServer({
      '/from': redirectTo('/to'),
      '/to': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 2'], 'to'),
    });
    const s = createSession();
    await s.get(`${server.url}/from`, { auth: ['user', 'pass'] });
    expect(header(server.requestsTo('/to')[0]!, 'authorization')).toMatch(/^Basic /);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a user Host header is dropped on a same-host hop too: each hop names its own URL (issue 13)', async () => {
    await using server = await startHostileServer({
      '/from': redirectTo('/to'),
      '/to': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 2'], 'to'),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/from`, { headers: { Host: 'internal.example' } });
    expect(r.text).toBe('to');
    expect(headerValues(server.requestsTo('/from')[0]!, 'host')).toEqual(['internal.example']);
    expect(headerValues(server.requestsTo('/to')[0]!, 'host')).toEqual([`127.0.0.1:${server.port}`]);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('two Location headers: the first is followed, never the two joined with ", " (issue 13)', async () => {
    await using server = await startHostileServer({
      '/two': (_r, socket) =>
        writeResponse(socket, '302 Found', ['Location: /first', 'Location: /second', 'Content-Length: 0']),
      '/first': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 5'], 'first'),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/two`);
    expect(r.text).toBe('first');
    expect(server.requests.map((request) => request.target)).toEqual(['/two', '/first']);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('Digest auth answers a challenge only on the origin it started on', async () => {
    const challenge = 'WWW-Authenticate: Digest realm="r", nonce="abc", qop="auth", algorithm=MD5';
    await using other = await startHostileServer({
      '/protected': (request, socket) => {
        if (header(request, 'authorization') === undefined) {
          writeResponse(socket, '401 Unauthorized', [challenge, 'Content-Length: 0']);
        } else writeResponse(socket, '200 OK', ['Content-Length: 6'], 'leaked');
      },
    });
    await using start = await startHostileServer({
      '/digest': (request, socket) => {
        if (header(request, 'authorization') === undefined) {
          writeResponse(socket, '401 Unauthorized', [challenge, 'Content-Length: 0']);
        } else redirectTo(`http://localhost:${other.port}/protected`)(request, socket);
      },
    });
    const s = createSession();
    const r = await s.get(`${start.url}/digest`, { auth: new HTTPDigestAuth('user', 'pass') });
    expect(header(start.requests[1]!, 'authorization')).toMatch(/^Digest /);
    expect(r.statusCode).toBe(401);
    expect(other.requests.every((q) => header(q, 'authorization') === undefined)).toBe(true);
    await checkRecovery(s, other, { keptAlive: 1, others: [start] });
  });
});

describe('Proxy-Authorization never reaches an origin', () => {
  let tls: TlsFixture;
  beforeAll(async () => {
    tls = await createTlsFixture();
  });
  afterAll(async () => {
    await tls.cleanup();
  });

  it('through a CONNECT tunnel: the proxy gets it on CONNECT, the origin behind the tunnel never', async () => {
    const seen: (string | undefined)[] = [];
    await using origin = await startTlsServer({
      cert: tls.server.cert,
      key: tls.server.key,
      handler: (request, response) => {
        seen.push(request.headers['proxy-authorization']);
        request.resume();
        response.end('tunnelled');
      },
    });
    await using proxy = await startConnectProxy();
    const s = createSession();
    const r = await s.get(`${origin.localhostUrl}/`, {
      verify: tls.caFile,
      proxies: { https: `http://puser:ppass@127.0.0.1:${proxy.port}` },
      headers: { 'Proxy-Authorization': 'Basic dXNlcjpoZWFkZXI=' },
    });
    expect(r.text).toBe('tunnelled');
    expect(header(proxy.connects[0]!, 'proxy-authorization')).toMatch(/^Basic /);
    expect(seen).toEqual([undefined]);
    await checkRecovery(s, proxy, {
      keptAlive: 1,
      goodUrl: `${origin.localhostUrl}/`,
      verify: tls.caFile,
      others: [origin],
    });
  });

  it('after a redirect switches from a forward proxy (HTTP_PROXY) to a direct connection (NO_PROXY)', async () => {
    await using landing = await startHostileServer({
      '/landing': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 6'], 'landed'),
    });
    // The hostile server plays the forward proxy: it answers absolute-form requests itself.
    await using proxy = await startHostileServer({
      '/go': redirectTo(`http://localhost:${landing.port}/landing`),
    });
    process.env.HTTP_PROXY = `http://puser:ppass@127.0.0.1:${proxy.port}`;
    process.env.NO_PROXY = 'localhost,127.0.0.1';
    try {
      const s = createSession();
      const r = await s.get('http://proxied.example/go');
      expect(r.text).toBe('landed');
      expect(header(proxy.requests[0]!, 'proxy-authorization')).toBe(`Basic ${btoa('puser:ppass')}`);
      expect(proxy.requests).toHaveLength(1);
      expect(header(landing.requests[0]!, 'proxy-authorization')).toBeUndefined();
      await checkRecovery(s, landing, { keptAlive: 1, others: [proxy] });
    } finally {
      delete process.env.HTTP_PROXY;
      delete process.env.NO_PROXY;
    }
  });
});

describe('odd Location bytes', () => {
  it('UTF-8 bytes in Location are read as UTF-8 and percent-encoded', async () => {
    await using server = await startHostileServer({
      '/go': redirectTo('/caf\xc3\xa9?q=\xc3\xa9'),
      '/caf%C3%A9': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 4'], 'utf8'),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/go`);
    expect(r.text).toBe('utf8');
    expect(r.url).toBe(`${server.url}/caf%C3%A9?q=%C3%A9`);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('latin-1 bytes in Location (not valid UTF-8) are kept as latin-1 and percent-encoded', async () => {
    await using server = await startHostileServer({
      '/go': redirectTo('/caf\xe9'),
      '*': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 6'], 'latin1'),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/go`);
    expect(r.text).toBe('latin1');
    expect(server.requests[1]?.target).toMatch(/^\/caf%(E9|C3%A9)$/);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a Location with CR/LF-like escapes cannot inject a header', async () => {
    await using server = await startHostileServer({
      '/go': redirectTo('/next%0d%0aX-Injected:%201'),
      '*': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 4'], 'next'),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/go`);
    expect(r.text).toBe('next');
    expect(header(server.requests[1]!, 'x-injected')).toBeUndefined();
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('redirect bodies', () => {
  it('a corrupt gzip body on a redirect is not decoded: the redirect is followed', async () => {
    const body = gzipSync('x'.repeat(1000)).subarray(0, 30);
    await using server = await startHostileServer({
      '/go': (_r, socket) =>
        writeResponse(
          socket,
          '302 Found',
          ['Location: /ok', 'Content-Encoding: gzip', `Content-Length: ${body.length}`],
          body,
        ),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/go`);
    expect(r.text).toBe('ok');
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('an endless chunked body on a redirect is bounded: followed at once, its connection closed', async () => {
    const stops: Array<() => void> = [];
    await using server = await startHostileServer({
      '/go': (_r, socket) => {
        socket.write('HTTP/1.1 302 Found\r\nLocation: /ok\r\nTransfer-Encoding: chunked\r\n\r\n');
        const chunk = `4000\r\n${'z'.repeat(0x4000)}\r\n`;
        const timer = setInterval(() => {
          if (!socket.destroyed) socket.write(chunk);
        }, 1);
        stops.push(() => clearInterval(timer));
        socket.once('close', () => clearInterval(timer));
      },
    });
    const s = createSession();
    const started = performance.now();
    const r = await s.get(`${server.url}/go`);
    expect(r.text).toBe('ok');
    // The redirect's body never ends: only the drain's size bound lets this finish.
    expect(performance.now() - started).toBeLessThan(5_000);
    for (const stop of stops) stop();
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('netrc per hop', () => {
  it('.netrc is looked up for exactly the host of each hop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reqs-netrc-'));
    const netrc = join(dir, 'netrc');
    await writeFile(
      netrc,
      'machine 127.0.0.1 login first password one\nmachine localhost login second password two\n',
      {
        mode: 0o600,
      },
    );
    const previous = process.env.NETRC;
    process.env.NETRC = netrc;
    try {
      await using landing = await startHostileServer({
        '/landing': (_r, socket) => writeResponse(socket, '200 OK', ['Content-Length: 6'], 'landed'),
      });
      await using start = await startHostileServer({
        '/go': redirectTo(`http://localhost:${landing.port}/landing`),
      });
      const s = createSession();
      await s.get(`${start.url}/go`);
      expect(header(start.requests[0]!, 'authorization')).toBe(`Basic ${btoa('first:one')}`);
      expect(header(landing.requests[0]!, 'authorization')).toBe(`Basic ${btoa('second:two')}`);
      await checkRecovery(s, landing, { keptAlive: 1, others: [start] });
    } finally {
      if (previous === undefined) delete process.env.NETRC;
      else process.env.NETRC = previous;
      await rm(dir, { recursive: true, force: true });
    }
  });
});
