import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProxyError } from '@reqs/core';
import { startServer } from '@reqs/httpbin';
import {
  createTlsFixture,
  startDante,
  startRawServer,
  startTinyproxy,
  startTlsFront,
  startTlsServer,
  type TlsEcho,
  type TlsFixture,
} from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection } from './helpers.js';

type HeadersEcho = { headers: Record<string, string> };
const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;

describe('proxies', () => {
  let tls: TlsFixture;
  beforeAll(async () => {
    tls = await createTlsFixture();
  }, 15_000);
  afterAll(async () => {
    await tls.cleanup();
  });

  it('forwards an http URL through an HTTP proxy in absolute form', async () => {
    await using origin = await startServer();
    await using proxy = await startTinyproxy();
    const adapter = new HTTPAdapter();
    try {
      const url = `${origin.url}/headers`;
      const response = await fetchAll(adapter, prepare('GET', url), { proxies: { http: proxy.url } });
      expect(response.statusCode).toBe(200);
      expect(proxy.log()).toContain(`GET ${url} HTTP/1.1`);
      expect(response.json<HeadersEcho>().headers.Host).toBe(new URL(origin.url).host);
    } finally {
      await adapter.close();
    }
  });

  it('takes a proxy URL without a scheme as http:// (Requests’ prepend_scheme_if_needed)', async () => {
    const heads: string[] = [];
    await using proxy = await startRawServer((socket) => {
      socket.on('data', (chunk: Buffer) => {
        heads.push(chunk.toString('latin1'));
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const url = 'http://example.invalid/path';
      for (const entry of [`127.0.0.1:${proxy.port}`, `user:pa%40ss@127.0.0.1:${proxy.port}`]) {
        const response = await fetchAll(adapter, prepare('GET', url), { proxies: { http: entry } });
        expect(response.statusCode).toBe(200);
      }
      expect(heads[0]).toMatch(/^GET http:\/\/example\.invalid\/path HTTP\/1\.1\r\n/);
      expect(heads[0]).not.toMatch(/proxy-authorization/i);
      const line = heads[1]?.split('\r\n').find((l) => /^proxy-authorization:/i.test(l));
      expect(line?.slice('proxy-authorization:'.length).trim()).toBe(basic('user', 'pa@ss'));
    } finally {
      await adapter.close();
    }
  });

  it('sends credentials from the proxy URL to the proxy only', async () => {
    await using origin = await startServer();
    await using proxy = await startTinyproxy({ auth: { username: 'user', password: 'secret' } });
    const adapter = new HTTPAdapter();
    try {
      const url = `${origin.url}/headers`;
      const refused = await fetchAll(adapter, prepare('GET', url), { proxies: { http: proxy.url } });
      expect(refused.statusCode).toBe(407);
      const response = await fetchAll(adapter, prepare('GET', url), { proxies: { all: proxy.authUrl } });
      expect(response.statusCode).toBe(200);
      expect(Object.keys(response.json<HeadersEcho>().headers).map((h) => h.toLowerCase())).not.toContain(
        'proxy-authorization',
      );
    } finally {
      await adapter.close();
    }
  });

  it('tunnels an https URL with CONNECT, with and without proxy credentials', async () => {
    await using origin = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    await using open = await startTinyproxy();
    await using guarded = await startTinyproxy({ auth: { username: 'user', password: 'pass' } });
    const adapter = new HTTPAdapter();
    try {
      const url = `${origin.localhostUrl}/tunnel`;
      for (const proxyUrl of [open.url, guarded.authUrl]) {
        const response = await fetchAll(adapter, prepare('GET', url), {
          verify: tls.caFile,
          proxies: { https: proxyUrl },
        });
        const echo = response.json<TlsEcho>();
        expect(echo.path).toBe('/tunnel');
        expect(echo.headers['proxy-authorization']).toBeUndefined();
      }
      expect(open.log()).toContain('CONNECT localhost:');
      const error = await rejection(
        fetchAll(adapter, prepare('GET', url), { verify: tls.caFile, proxies: { https: guarded.url } }),
      );
      expect(error).toBeInstanceOf(ProxyError);
      expect(error.message).toContain('407');
    } finally {
      await adapter.close();
    }
  });

  it('moves a user Proxy-Authorization header to CONNECT, never into the tunnel; sends it direct without a proxy', async () => {
    await using origin = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    await using guarded = await startTinyproxy({ auth: { username: 'user', password: 'pass' } });
    const adapter = new HTTPAdapter();
    try {
      const headers = { 'Proxy-Authorization': basic('user', 'pass') };
      const response = await fetchAll(adapter, prepare('GET', `${origin.url}/`, { headers }), {
        verify: tls.caFile,
        proxies: { https: guarded.url },
      });
      expect(response.json<TlsEcho>().headers['proxy-authorization']).toBeUndefined();
      const direct = await fetchAll(adapter, prepare('GET', `${origin.url}/`, { headers }), {
        verify: tls.caFile,
      });
      // No proxy: the header goes to the origin, as Requests sends it.
      expect(direct.json<TlsEcho>().headers['proxy-authorization']).toBe(basic('user', 'pass'));
    } finally {
      await adapter.close();
    }
  });

  it('speaks to an https:// proxy over TLS', async () => {
    await using origin = await startServer();
    await using secureOrigin = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    await using proxy = await startTinyproxy();
    await using front = await startTlsFront({
      cert: tls.server.cert,
      key: tls.server.key,
      targetPort: proxy.port,
    });
    const adapter = new HTTPAdapter();
    try {
      const proxies = { all: `https://localhost:${front.port}` };
      const plain = await fetchAll(adapter, prepare('GET', `${origin.url}/get`), {
        verify: tls.caFile,
        proxies,
      });
      expect(plain.statusCode).toBe(200);
      const tunneled = await fetchAll(adapter, prepare('GET', `${secureOrigin.url}/`), {
        verify: tls.caFile,
        proxies,
      });
      expect(tunneled.json<TlsEcho>().path).toBe('/');
      expect(front.connections).toBe(2);
    } finally {
      await adapter.close();
    }
  });

  it('goes through SOCKS5 (local DNS) and SOCKS5h (remote DNS) to http and https origins', async () => {
    await using origin = await startServer();
    await using secureOrigin = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    await using socks = await startDante();
    const adapter = new HTTPAdapter();
    try {
      for (const scheme of ['socks5', 'socks5h']) {
        const proxies = { all: socks.url.replace('socks5:', `${scheme}:`) };
        const plainUrl = `http://localhost:${new URL(origin.url).port}/get`;
        const plain = await fetchAll(adapter, prepare('GET', plainUrl), { proxies });
        expect(plain.statusCode).toBe(200);
        const secure = await fetchAll(adapter, prepare('GET', `${secureOrigin.localhostUrl}/s`), {
          proxies,
          verify: tls.caFile,
        });
        expect(secure.json<TlsEcho>().path).toBe('/s');
      }
    } finally {
      await adapter.close();
    }
  });

  it('socks5 resolves names locally, socks5h leaves them to the proxy', async () => {
    const seen: number[] = [];
    await using fake = await startRawServer((socket) => {
      socket.once('data', () => {
        socket.write(Buffer.from([5, 0]));
        socket.once('data', (request: Buffer) => {
          seen.push(request[3]!);
          socket.end(Buffer.from([5, 5, 0, 1, 0, 0, 0, 0, 0, 0]));
        });
      });
    });
    const adapter = new HTTPAdapter();
    try {
      for (const scheme of ['socks5', 'socks5h']) {
        const proxies = { all: `${scheme}://127.0.0.1:${fake.port}` };
        const error = await rejection(fetchAll(adapter, prepare('GET', 'http://localhost:9/'), { proxies }));
        expect(error).toBeInstanceOf(ProxyError);
        expect(error.message).toContain('connection refused');
      }
      expect(seen).toEqual([1, 3]);
    } finally {
      await adapter.close();
    }
  });

  it('an unreachable proxy → ProxyError', async () => {
    const closed = await startRawServer(() => {});
    const port = closed.port;
    await closed.close();
    const adapter = new HTTPAdapter();
    for (const proxy of [`http://127.0.0.1:${port}`, `socks5://127.0.0.1:${port}`]) {
      const error = await rejection(
        fetchAll(adapter, prepare('GET', 'https://example.com/'), { proxies: { all: proxy } }),
      );
      expect(error).toBeInstanceOf(ProxyError);
    }
    await adapter.close();
  });
});

describe('unix domain sockets', () => {
  let dir: string;
  let server: Server;
  let socketPath: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reqs-unix-'));
    socketPath = join(dir, 'api.sock');
    server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ url: req.url, host: req.headers.host }));
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('sends http+unix://%2Fpath%2Fto.sock/path to the socket', async () => {
    const adapter = new HTTPAdapter();
    try {
      const url = `http+unix://${encodeURIComponent(socketPath)}/info?x=1`;
      const response = await fetchAll(adapter, prepare('GET', url));
      expect(response.json()).toEqual({ url: '/info?x=1', host: 'localhost' });
      expect(response.url).toBe(url);
    } finally {
      await adapter.close();
    }
  });
});
