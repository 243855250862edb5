import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { createTlsFixture } from '../src/tls-fixture.js';
import { startTlsServer } from '../src/tls-server.js';

function get(url: string, options: { ca?: string; cert?: string; key?: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(url, { ...options, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createTlsFixture', () => {
  it('signs a server certificate that verifies against the CA, and rejects the bad ones', async () => {
    await using tls = await createTlsFixture();
    {
      await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
      expect(JSON.parse(await get(server.url, { ca: tls.ca })).method).toBe('GET');
      expect(JSON.parse(await get(server.localhostUrl, { ca: tls.ca })).path).toBe('/');
      await expect(get(server.url, {})).rejects.toThrow();
    }
    {
      await using server = await startTlsServer({ cert: tls.expired.cert, key: tls.expired.key });
      await expect(get(server.url, { ca: tls.ca })).rejects.toMatchObject({ code: 'CERT_HAS_EXPIRED' });
    }
    {
      await using server = await startTlsServer({ cert: tls.wrongHost.cert, key: tls.wrongHost.key });
      await expect(get(server.url, { ca: tls.ca })).rejects.toMatchObject({
        code: 'ERR_TLS_CERT_ALTNAME_INVALID',
      });
    }
    {
      await using server = await startTlsServer({ cert: tls.selfSigned.cert, key: tls.selfSigned.key });
      await expect(get(server.url, { ca: tls.ca })).rejects.toMatchObject({
        code: 'DEPTH_ZERO_SELF_SIGNED_CERT',
      });
    }
  });

  it('issues a client certificate for mutual TLS', async () => {
    await using tls = await createTlsFixture();
    await using server = await startTlsServer({
      cert: tls.server.cert,
      key: tls.server.key,
      clientCa: tls.clientCa,
    });
    const echoed = JSON.parse(
      await get(server.url, { ca: tls.ca, cert: tls.client.cert, key: tls.client.key }),
    );
    expect(echoed.clientCert).toBe('reqs test client');
    await expect(get(server.url, { ca: tls.ca })).rejects.toThrow();
  });
});
