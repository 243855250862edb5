import { createTlsFixture, type NginxServer, startNginx, type TlsFixture } from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare } from './helpers.js';

describe('HTTP/2 against nginx', () => {
  let tls: TlsFixture;
  let nginx: NginxServer;
  beforeAll(async () => {
    tls = await createTlsFixture();
    nginx = await startNginx({ certFile: tls.server.certFile, keyFile: tls.server.keyFile });
  });
  afterAll(async () => {
    await nginx?.close();
    await tls?.cleanup();
  });

  it('goes on when nginx ends a connection with GOAWAY after 1000 requests: refused streams are sent again', async () => {
    // nginx's keepalive_requests (1000) closes an h2 connection with GOAWAY; the streams beyond
    // its last one come back REFUSED_STREAM, unprocessed, and are resent on a new connection.
    const adapter = new HTTPAdapter({ http2: true });
    try {
      let next = 0;
      const versions: string[] = [];
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (next < 1100) {
            next += 1;
            const r = await fetchAll(adapter, prepare('GET', `${nginx.url}/echo`), { verify: tls.caFile });
            versions.push(`${r.statusCode} ${r.httpVersion}`);
          }
        }),
      );
      expect(versions.length).toBe(1100);
      expect(new Set(versions)).toEqual(new Set(['200 2']));
    } finally {
      await adapter.close();
    }
  }, 60_000);

  it('negotiates h2 with nginx by ALPN: concurrent requests, gzip decoded, a redirect', async () => {
    const adapter = new HTTPAdapter({ http2: true });
    try {
      const options = { verify: tls.caFile };
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          fetchAll(adapter, prepare('GET', `${nginx.url}/echo?n=${i}`), options),
        ),
      );
      expect(responses.map((r) => r.text)).toEqual(
        Array.from({ length: 8 }, (_, i) => `HTTP/2.0 GET /echo?n=${i}`),
      );
      expect(responses.every((r) => r.httpVersion === '2' && r.reason === 'OK')).toBe(true);
      const gzip = await fetchAll(
        adapter,
        prepare('GET', `${nginx.url}/gzip`, { headers: { 'Accept-Encoding': 'gzip' } }),
        options,
      );
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(gzip.text).toBe('nginx gzipped this text. '.repeat(8));
      const redirect = await fetchAll(adapter, prepare('GET', `${nginx.url}/redirect`), options);
      expect([redirect.statusCode, redirect.headers.location]).toEqual([302, `${nginx.url}/echo`]);
    } finally {
      await adapter.close();
    }
  });

  it('speaks HTTP/1.1 to the same nginx without http2', async () => {
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${nginx.url}/echo`), { verify: tls.caFile });
      expect([response.httpVersion, response.text]).toEqual(['1.1', 'HTTP/1.1 GET /echo']);
    } finally {
      await adapter.close();
    }
  });

  it("speaks h2c to nginx's plain HTTP/2 listener with http2: 'prior-knowledge'", async () => {
    const adapter = new HTTPAdapter({ http2: 'prior-knowledge' });
    try {
      const response = await fetchAll(adapter, prepare('POST', `${nginx.h2cUrl}/echo`, { data: 'x' }));
      expect([response.httpVersion, response.text]).toEqual(['2', 'HTTP/2.0 POST /echo']);
    } finally {
      await adapter.close();
    }
  });
});
