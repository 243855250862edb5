import { Readable } from 'node:stream';
import { ConnectTimeout, ProxyError, ReadTimeout, SSLError } from '@reqs/core';
import {
  createTlsFixture,
  type H2Echo,
  startH2Server,
  startRawServer,
  startTinyproxy,
  startTlsServer,
  type TlsEcho,
  type TlsFixture,
} from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send } from './helpers.js';

describe('HTTP/2', () => {
  let tls: TlsFixture;
  beforeAll(async () => {
    tls = await createTlsFixture();
  });
  afterAll(async () => {
    await tls.cleanup();
  });

  async function using<T>(adapter: HTTPAdapter, run: (adapter: HTTPAdapter) => Promise<T>): Promise<T> {
    try {
      return await run(adapter);
    } finally {
      await adapter.close();
    }
  }

  it('negotiates h2 by ALPN with http2: true, and reuses the connection', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      for (const path of ['/echo/1', '/echo/2']) {
        const response = await fetchAll(adapter, prepare('GET', `${server.url}${path}`), {
          verify: tls.caFile,
        });
        expect(response.statusCode).toBe(200);
        expect(response.httpVersion).toBe('2');
        expect(response.reason).toBe('OK');
        const echo = response.json<H2Echo>();
        expect(echo.httpVersion).toBe('2.0');
        expect(echo.path).toBe(path);
      }
      expect(server.connections).toBe(1);
    });
  });

  it('multiplexes concurrent requests as streams of one connection', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const paths = Array.from({ length: 24 }, (_, i) => `/echo/${i}`);
      const responses = await Promise.all(
        paths.map((path) =>
          fetchAll(adapter, prepare('GET', `${server.url}${path}`), { verify: tls.caFile }),
        ),
      );
      expect(responses.map((r) => r.json<H2Echo>().path)).toEqual(paths);
      expect(responses.every((r) => r.httpVersion === '2')).toBe(true);
      expect(server.connections).toBe(1);
    });
  });

  it('a stream that times out leaves the others and the shared connection alone', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const options = { verify: tls.caFile, timeout: [5000, 300] as [number, number] };
      const [slow, streamed] = await Promise.allSettled([
        fetchAll(adapter, prepare('GET', `${server.url}/slow`), options),
        fetchAll(adapter, prepare('GET', `${server.url}/stream`), options),
      ]);
      expect(slow.status === 'rejected' && slow.reason).toBeInstanceOf(ReadTimeout);
      expect(streamed.status === 'fulfilled' && streamed.value.text).toBe('chunk 1\nchunk 2\nchunk 3\n');
      const after = await fetchAll(adapter, prepare('GET', `${server.url}/echo`), options);
      expect(after.httpVersion).toBe('2');
      expect(server.connections).toBe(1);
    });
  });

  it('a request waiting for the first connection of an origin still ends on its abort signal', async () => {
    // The server never answers the TLS handshake: the first connection stays in the making.
    await using silent = await startRawServer(() => {});
    const adapter = new HTTPAdapter({ http2: true });
    const url = `https://127.0.0.1:${silent.port}/`;
    const first = fetchAll(adapter, prepare('GET', url), { timeout: [500, null] });
    const controller = new AbortController();
    const second = fetchAll(adapter, prepare('GET', url), { signal: controller.signal });
    const settled: string[] = [];
    const firstError = rejection(first).finally(() => settled.push('first'));
    const secondError = rejection(second).finally(() => settled.push('second'));
    controller.abort(new Error('gave up waiting'));
    expect((await secondError).message).toBe('gave up waiting');
    expect(await firstError).toBeInstanceOf(ConnectTimeout);
    // The abort ended the wait at once, not when the first connection gave up.
    expect(settled).toEqual(['second', 'first']);
    await adapter.close();
  });

  it('drops the connection-specific headers HTTP/2 forbids and keeps the others', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const request = prepare('GET', `${server.url}/echo`, {
        headers: { Connection: 'keep-alive', 'Keep-Alive': 'timeout=5', TE: 'trailers', 'X-Kept': 'yes' },
      });
      const echo = (await fetchAll(adapter, request, { verify: tls.caFile })).json<H2Echo>();
      expect(echo.headers['x-kept']).toBe('yes');
      expect(echo.headers.te).toBe('trailers');
      expect(echo.headers.connection).toBeUndefined();
      expect(echo.headers[':authority']).toBe(new URL(server.url).host);
    });
  });

  it('falls back to HTTP/1.1 when the server does not offer h2', async () => {
    await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const response = await fetchAll(adapter, prepare('GET', `${server.localhostUrl}/x`), {
        verify: tls.caFile,
      });
      expect(response.httpVersion).toBe('1.1');
      expect(response.json<TlsEcho>().path).toBe('/x');
    });
  });

  it('speaks HTTP/1.1 without http2, even to a server that offers h2', async () => {
    await using server = await startH2Server({
      cert: tls.server.cert,
      key: tls.server.key,
      allowHTTP1: true,
    });
    await using(new HTTPAdapter(), async (adapter) => {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/echo`), { verify: tls.caFile });
      expect(response.httpVersion).toBe('1.1');
      expect(response.json<H2Echo>().httpVersion).toBe('1.1');
    });
  });

  it('sends bodies both ways: a JSON body, a streamed upload, a streamed and a gzip-coded response', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const options = { verify: tls.caFile };
      const posted = await fetchAll(
        adapter,
        prepare('POST', `${server.url}/echo`, { json: { a: 1 } }),
        options,
      );
      expect(posted.json<H2Echo>()).toMatchObject({ method: 'POST', body: '{"a":1}' });
      const upload = prepare('PUT', `${server.url}/echo`, { data: Readable.from(['up', 'load']) });
      const streamed = await fetchAll(adapter, upload, options);
      expect(streamed.json<H2Echo>().body).toBe('upload');
      const gzip = await fetchAll(adapter, prepare('GET', `${server.url}/gzip`), options);
      expect(gzip.text).toBe('hello over h2, gzipped');
      const stream = await send(adapter, prepare('GET', `${server.url}/stream`), options);
      const lines: string[] = [];
      for await (const line of stream.iterLines({ decodeUnicode: true })) lines.push(line as string);
      expect(lines).toEqual(['chunk 1', 'chunk 2', 'chunk 3']);
    });
  });

  it('times out a read over h2 with ReadTimeout, and the adapter keeps working', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const options = { verify: tls.caFile, timeout: [5000, 200] as [number, number] };
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/slow`), options));
      expect(error).toBeInstanceOf(ReadTimeout);
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/echo`), options);
      expect(response.httpVersion).toBe('2');
    });
  });

  it('verifies TLS over h2: an unknown CA is an SSLError', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/echo`)));
      expect(error).toBeInstanceOf(SSLError);
    });
  });

  it('tunnels h2 through an HTTP proxy with CONNECT', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using proxy = await startTinyproxy();
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/echo`), {
        verify: tls.caFile,
        proxies: { https: proxy.url },
      });
      expect(response.httpVersion).toBe('2');
      expect(proxy.log()).toContain('CONNECT');
    });
  });

  it("speaks h2c to a plain-text origin with http2: 'prior-knowledge'", async () => {
    await using server = await startH2Server();
    await using(new HTTPAdapter({ http2: 'prior-knowledge' }), async (adapter) => {
      const response = await fetchAll(adapter, prepare('POST', `${server.url}/echo`, { data: 'x=1' }));
      expect(response.httpVersion).toBe('2');
      expect(response.json<H2Echo>()).toMatchObject({ httpVersion: '2.0', body: 'x=1' });
    });
  });

  it('refuses h2c through a forwarding proxy with a ProxyError saying why, before sending', async () => {
    await using proxy = await startTinyproxy();
    await using(new HTTPAdapter({ http2: 'prior-knowledge' }), async (adapter) => {
      const error = await rejection(
        fetchAll(adapter, prepare('GET', 'http://localhost:1/echo'), { proxies: { http: proxy.url } }),
      );
      expect(error).toBeInstanceOf(ProxyError);
      expect(error.message).toContain("http2: 'prior-knowledge' (h2c) cannot go through the HTTP proxy");
      expect(proxy.log()).not.toContain('GET http://localhost:1');
    });
  });

  it('a connection the server ended while idle (GOAWAY) is replaced by a new one', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      const get = () => fetchAll(adapter, prepare('GET', `${server.url}/echo`), { verify: tls.caFile });
      expect((await get()).httpVersion).toBe('2');
      server.goAway();
      while (server.openConnections > 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const after = await get();
      expect([after.statusCode, after.httpVersion]).toEqual([200, '2']);
      expect(server.connections).toBe(2);
    });
  });

  it('an answer before the whole upload was sent ends the exchange and stops the upload', async () => {
    await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
    await using(new HTTPAdapter({ http2: true }), async (adapter) => {
      let produced = 0;
      // 64 MiB on demand: far more than the flow-control windows let through unread.
      const upload = new Readable({
        read() {
          produced += 1;
          this.push(produced <= 1024 ? Buffer.alloc(64 * 1024, 1) : null);
        },
      });
      const response = await fetchAll(adapter, prepare('POST', `${server.url}/early`, { data: upload }), {
        verify: tls.caFile,
      });
      expect([response.statusCode, response.text]).toEqual([413, 'too large']);
      expect(upload.destroyed).toBe(true);
      expect(produced).toBeLessThan(1024);
      const after = await fetchAll(adapter, prepare('GET', `${server.url}/echo`), { verify: tls.caFile });
      expect(after.statusCode).toBe(200);
      expect(server.connections).toBe(1);
    });
  });

  it('refuses an http2 value other than a boolean or prior-knowledge', () => {
    expect(() => new HTTPAdapter({ http2: 'yes' as never })).toThrow(/http2/);
  });

  // Six requests of 300 ms each with two streams per connection: three rounds on one connection.
  const DELAY = 300;
  const BOUND = 3 * 3 * DELAY + 1000;

  it(
    'maxConcurrentStreams caps the streams of a connection; with poolBlock the rest wait for one',
    async () => {
      await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
      const adapter = new HTTPAdapter({
        http2: true,
        maxConcurrentStreams: 2,
        poolMaxsize: 1,
        poolBlock: true,
      });
      await using(adapter, async () => {
        const responses = await Promise.all(
          Array.from({ length: 6 }, () =>
            fetchAll(adapter, prepare('GET', `${server.url}/delay/${DELAY}`), { verify: tls.caFile }),
          ),
        );
        expect(responses.map((r) => r.text)).toEqual(Array(6).fill('ok'));
        expect(server.connections).toBe(1);
        expect(server.streamPeaks).toEqual([2]);
      });
    },
    BOUND + 5000,
  );

  it(
    'maxConcurrentStreams without poolBlock opens more connections, none above the limit',
    async () => {
      await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
      await using(new HTTPAdapter({ http2: true, maxConcurrentStreams: 2 }), async (adapter) => {
        await Promise.all(
          Array.from({ length: 6 }, () =>
            fetchAll(adapter, prepare('GET', `${server.url}/delay/${DELAY}`), { verify: tls.caFile }),
          ),
        );
        expect(server.connections).toBeGreaterThan(1);
        expect(Math.max(...server.streamPeaks)).toBe(2);
      });
    },
    BOUND + 5000,
  );

  it('refuses a maxConcurrentStreams that is not a positive integer, or without http2', () => {
    for (const bad of [0, -1, 1.5, '2']) {
      expect(() => new HTTPAdapter({ http2: true, maxConcurrentStreams: bad as never })).toThrow(TypeError);
    }
    expect(() => new HTTPAdapter({ http2: true, maxConcurrentStreams: 0 })).toThrow(
      "Invalid option 'maxConcurrentStreams': expected an integer ≥ 1, got number (0)",
    );
    expect(() => new HTTPAdapter({ maxConcurrentStreams: 2 })).toThrow(
      /'maxConcurrentStreams': it limits HTTP\/2 streams and needs http2: true/,
    );
    expect(() => new HTTPAdapter({ http2: true, max_concurrent_streams: 2 } as never)).toThrow(
      "Unknown option 'max_concurrent_streams' — did you mean 'maxConcurrentStreams'?",
    );
    expect(new HTTPAdapter({ http2: true }).maxConcurrentStreams).toBe(100);
  });
});
