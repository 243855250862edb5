// The transport examples of Requests' Advanced Usage guide: SSL certificate verification,
// client certificates, CA bundles from the environment, proxies (a real tinyproxy and a real
// Dante SOCKS5 server from @reqs/test-servers), transport adapters and automatic retries.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  BaseAdapter,
  type PreparedRequest,
  type Response as ResponseType,
  type SendOptions,
} from '@reqs/core';
import { createTlsFixture, startDante, startTinyproxy, startTlsServer } from '@reqs/test-servers';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { afterEach, describe, expect, it } from 'vitest';
import requests, {
  HTTPAdapter,
  ProxyError,
  ReadTimeout,
  Retry,
  RetryError,
  Session,
  SSLError,
} from '../src/index.js';

const httpbin = useHttpbin();
const secure = useHttpbin({ tls: true });

const ENV = ['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'];
afterEach(() => {
  for (const name of ENV) delete process.env[name];
});

type ClientCert = { tls: boolean; authorized: boolean; subject: Record<string, string> | null };

describe('SSL Cert Verification', () => {
  it('verifies by default and throws SSLError for an unknown CA', async () => {
    await expect(requests.get(`${secure.url}/get`)).rejects.toThrow(SSLError);
  });

  it('trusts a CA bundle given per request or on the session', async () => {
    const caFile = secure.server.caFile ?? '';
    expect((await requests.get(`${secure.url}/get`, { verify: caFile })).statusCode).toBe(200);
    await using s = new Session();
    s.verify = caFile;
    expect((await s.get(`${secure.url}/get`)).statusCode).toBe(200);
  });

  it('trusts a directory of CA certificates', async () => {
    await using fixture = await createTlsFixture();
    await using server = await startTlsServer({ cert: fixture.server.cert, key: fixture.server.key });
    expect((await requests.get(`${server.url}/`, { verify: fixture.caDir })).statusCode).toBe(200);
    await expect(requests.get(`${server.url}/`)).rejects.toThrow(SSLError);
  });

  it('reads REQUESTS_CA_BUNDLE, else CURL_CA_BUNDLE, from the environment', async () => {
    process.env.REQUESTS_CA_BUNDLE = secure.server.caFile ?? '';
    expect((await requests.get(`${secure.url}/get`)).statusCode).toBe(200);
    delete process.env.REQUESTS_CA_BUNDLE;
    process.env.CURL_CA_BUNDLE = secure.server.caFile ?? '';
    expect((await requests.get(`${secure.url}/get`)).statusCode).toBe(200);
  });

  it('verify: false accepts any certificate and warns once per host', async () => {
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      await using s = new Session();
      expect((await s.get(`${secure.url}/get`, { verify: false })).statusCode).toBe(200);
      expect((await s.get(`${secure.url}/get`, { verify: false })).statusCode).toBe(200);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings.filter((w) => w.name === 'InsecureRequestWarning')).toHaveLength(1);
  });
});

describe('Client Side Certificates', () => {
  it('presents a certificate as [certFile, keyFile] or as one file, per request or on the session', async () => {
    const { caFile = '', clientCertFile = '', clientKeyFile = '', clientPemFile = '' } = secure.server;
    const pair = await requests.get(`${secure.url}/client-cert`, {
      verify: caFile,
      cert: [clientCertFile, clientKeyFile],
    });
    expect(pair.json<ClientCert>().authorized).toBe(true);
    await using s = new Session();
    s.verify = caFile;
    s.cert = clientPemFile;
    expect((await s.get(`${secure.url}/client-cert`)).json<ClientCert>().authorized).toBe(true);
  });

  it('a wrong path is an error before anything is sent', async () => {
    const error = await requests
      .get(`${secure.url}/client-cert`, {
        verify: secure.server.caFile ?? '',
        cert: '/wrong_path/client.pem',
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(requests.RequestException);
    expect(String((error as Error).message)).toContain('/wrong_path/client.pem');
  });
});

describe('Proxies', () => {
  it('sends http requests through the proxy of its scheme, per request or on the session', async () => {
    await using proxy = await startTinyproxy();
    const proxies = { http: proxy.url, https: proxy.url };
    const r = await requests.get(`${httpbin.url}/get?via=request`, { proxies });
    expect(r.statusCode).toBe(200);
    await using session = new Session();
    Object.assign(session.proxies, proxies);
    expect((await session.get(`${httpbin.url}/get?via=session`)).statusCode).toBe(200);
    expect(proxy.log()).toContain('via=request');
    expect(proxy.log()).toContain('via=session');
  });

  it('reads HTTP_PROXY from the environment, and NO_PROXY', async () => {
    await using proxy = await startTinyproxy();
    process.env.HTTP_PROXY = proxy.url;
    expect((await requests.get(`${httpbin.url}/get?via=env`)).statusCode).toBe(200);
    expect(proxy.log()).toContain('via=env');
    process.env.NO_PROXY = '127.0.0.1';
    expect((await requests.get(`${httpbin.url}/get?via=direct`)).statusCode).toBe(200);
    expect(proxy.log()).not.toContain('via=direct');
  });

  it('authenticates to the proxy with user:password@ in its URL', async () => {
    await using proxy = await startTinyproxy({ auth: { username: 'user', password: 'pass' } });
    const denied = await requests.get(`${httpbin.url}/get`, { proxies: { http: proxy.url } });
    expect(denied.statusCode).toBe(407);
    const r = await requests.get(`${httpbin.url}/headers`, { proxies: { http: proxy.authUrl } });
    expect(r.statusCode).toBe(200);
  });

  it('uses a proxy for one scheme and host with a scheme://host key', async () => {
    await using proxy = await startTinyproxy();
    const proxies = { 'http://127.0.0.1': proxy.url };
    expect((await requests.get(`${httpbin.url}/get?via=hostkey`, { proxies })).statusCode).toBe(200);
    expect(proxy.log()).toContain('via=hostkey');
  });

  it('tunnels https through the proxy (CONNECT), trusting the origin’s CA, never leaking proxy credentials', async () => {
    await using proxy = await startTinyproxy({ auth: { username: 'user', password: 'pass' } });
    const r = await requests.get(`${secure.url}/headers`, {
      proxies: { https: proxy.authUrl },
      verify: secure.server.caFile ?? '',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json<{ headers: Record<string, string> }>().headers['Proxy-Authorization']).toBeUndefined();
    expect(proxy.log()).toMatch(/CONNECT/);
  });

  it('a proxy that cannot be reached is a ProxyError', async () => {
    const port = await freePort();
    await expect(
      requests.get(`${httpbin.url}/get`, { proxies: { http: `http://127.0.0.1:${port}` }, timeout: 2000 }),
    ).rejects.toThrow(ProxyError);
  });
});

describe('SOCKS', () => {
  it('goes through a SOCKS5 proxy (socks5: local DNS, socks5h: the proxy resolves)', async () => {
    await using socks = await startDante();
    for (const scheme of ['socks5', 'socks5h']) {
      const url = socks.url.replace('socks5:', `${scheme}:`);
      const r = await requests.get(`${httpbin.url}/get`, { proxies: { http: url, https: url } });
      expect(r.statusCode, scheme).toBe(200);
      const tls = await requests.get(`${secure.url}/get`, {
        proxies: { https: url },
        verify: secure.server.caFile ?? '',
      });
      expect(tls.statusCode, scheme).toBe(200);
    }
  });
});

describe('Transport Adapters', () => {
  /** "Per-service configuration": an HTTPAdapter whose requests get a default timeout. */
  class TimeoutHTTPAdapter extends HTTPAdapter {
    readonly #timeout: number;
    constructor(timeout: number) {
      super();
      this.#timeout = timeout;
    }
    override send(request: PreparedRequest, options: SendOptions): Promise<ResponseType> {
      return super.send(request, { ...options, timeout: options.timeout ?? this.#timeout });
    }
  }

  it('mounts an adapter on a prefix; requests under it use it', async () => {
    await using s = new Session();
    const adapter = new TimeoutHTTPAdapter(100);
    s.mount(`${httpbin.url}/delay/`, adapter);
    expect(s.getAdapter(`${httpbin.url}/delay/1`)).toBe(adapter);
    await expect(s.get(`${httpbin.url}/delay/1`)).rejects.toThrow(ReadTimeout);
    expect((await s.get(`${httpbin.url}/get`)).statusCode).toBe(200);
  });

  it('subclasses BaseAdapter for anything else', async () => {
    class Refuser extends BaseAdapter {
      async send(): Promise<ResponseType> {
        throw new requests.ConnectionError('refused by policy');
      }
      async close(): Promise<void> {}
    }
    await using s = new Session();
    s.mount('https://github.com/', new Refuser());
    await expect(s.get('https://github.com/psf/requests')).rejects.toThrow('refused by policy');
  });

  it('configures pools per prefix (one blocking connection)', async () => {
    await using s = new Session();
    s.mount(`${httpbin.url}/`, new HTTPAdapter({ poolConnections: 1, poolMaxsize: 1, poolBlock: true }));
    const before = httpbin.server.connections;
    await Promise.all([1, 2, 3].map(() => s.get(`${httpbin.url}/get`)));
    expect(httpbin.server.connections - before).toBe(1);
  });
});

/** A server that fails with `status` for the first `failures` requests, then answers 200. */
async function withFlakyServer(
  failures: number,
  status: number,
  run: (url: string, attempts: () => number) => Promise<void>,
): Promise<void> {
  let attempts = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    attempts += 1;
    req.resume();
    req.on('end', () => res.writeHead(attempts <= failures ? status : 200).end(`attempt ${attempts}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, () => attempts);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('Automatic Retries', () => {
  const retries = () =>
    new Retry({ total: 3, backoffFactor: 100, statusForcelist: [502, 503, 504], allowedMethods: ['POST'] });

  it('retries a POST on 503 with backoff until it succeeds', async () => {
    await withFlakyServer(2, 503, async (url, attempts) => {
      await using s = new Session();
      s.mount('http://', new HTTPAdapter({ maxRetries: retries() }));
      const r = await s.post(url, { data: 'x' });
      expect(r.statusCode).toBe(200);
      expect(attempts()).toBe(3);
    });
  });

  it('gives up with RetryError when the retries are exhausted', async () => {
    await withFlakyServer(10, 502, async (url, attempts) => {
      await using s = new Session();
      s.mount('http://', new HTTPAdapter({ maxRetries: retries() }));
      await expect(s.post(url, { data: 'x' })).rejects.toThrow(RetryError);
      expect(attempts()).toBe(4);
    });
  });
});
