import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionError, SSLError } from '@reqs/core';
import { createTlsFixture, startTlsServer, type TlsEcho, type TlsFixture } from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { disableWarnings } from '../src/disable-warnings.js';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection } from './helpers.js';

describe('TLS', () => {
  let tls: TlsFixture;
  beforeAll(async () => {
    tls = await createTlsFixture();
  });
  afterAll(async () => {
    await tls.cleanup();
  });

  async function withServer(
    pair: 'server' | 'expired' | 'wrongHost' | 'selfSigned',
    run: (url: string) => Promise<void>,
  ) {
    await using server = await startTlsServer({ cert: tls[pair].cert, key: tls[pair].key });
    await run(server.url);
  }

  it('verifies against a CA bundle file or directory, by IP and by name', async () => {
    await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    const adapter = new HTTPAdapter();
    try {
      for (const url of [server.url, server.localhostUrl]) {
        for (const verify of [tls.caFile, tls.caDir]) {
          const response = await fetchAll(adapter, prepare('GET', `${url}/x`), { verify });
          expect(response.json<TlsEcho>().path).toBe('/x');
        }
      }
    } finally {
      await adapter.close();
    }
  });

  it.each([
    ['system CAs do not know the test CA', 'server', true],
    ['an expired certificate', 'expired', 'ca'],
    ['a certificate for another host', 'wrongHost', 'ca'],
    ['a self-signed certificate', 'selfSigned', 'ca'],
  ] as const)('rejects %s with SSLError', async (_name, pair, verify) => {
    await withServer(pair, async (url) => {
      const adapter = new HTTPAdapter();
      try {
        const error = await rejection(
          fetchAll(adapter, prepare('GET', `${url}/`), { verify: verify === 'ca' ? tls.caFile : verify }),
        );
        expect(error).toBeInstanceOf(SSLError);
        expect(error.message).toContain(`GET ${url}/`);
      } finally {
        await adapter.close();
      }
    });
  });

  it('verify: false accepts anything and warns once per adapter and host', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      await withServer('expired', async (url) => {
        const adapter = new HTTPAdapter();
        try {
          for (let i = 0; i < 3; i++) {
            const response = await fetchAll(adapter, prepare('GET', `${url}/`), { verify: false });
            expect(response.statusCode).toBe(200);
          }
        } finally {
          await adapter.close();
        }
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).toEqual(['InsecureRequestWarning']);
      expect(warnings[0]?.message).toContain("host '127.0.0.1'");
    } finally {
      process.off('warning', onWarning);
    }
  });

  it("verify: 'yes' (no such path) → SSLError before connecting, saying to pass true or false", async () => {
    const adapter = new HTTPAdapter();
    try {
      const error = await rejection(
        fetchAll(adapter, prepare('GET', 'https://127.0.0.1:9/'), { verify: 'yes' }),
      );
      expect(error).toBeInstanceOf(SSLError);
      expect(error.message).toBe(
        "Could not find a suitable TLS CA certificate bundle, invalid path: yes (option 'verify' is a string, read as a CA bundle path: pass true or false to turn verification on or off)",
      );
    } finally {
      await adapter.close();
    }
  });

  it('disableWarnings() silences InsecureRequestWarning; disableWarnings(false) brings it back', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      await withServer('expired', async (url) => {
        disableWarnings();
        const silent = new HTTPAdapter();
        try {
          const response = await fetchAll(silent, prepare('GET', `${url}/`), { verify: false });
          expect(response.statusCode).toBe(200);
        } finally {
          disableWarnings(false);
          await silent.close();
        }
        await new Promise((resolve) => setImmediate(resolve));
        expect(warnings).toEqual([]);
        const loud = new HTTPAdapter();
        try {
          await fetchAll(loud, prepare('GET', `${url}/`), { verify: false });
        } finally {
          await loud.close();
        }
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.map((w) => w.name)).toEqual(['InsecureRequestWarning']);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('presents a client certificate (one file, or [cert, key]) for mutual TLS', async () => {
    await using server = await startTlsServer({
      cert: tls.server.cert,
      key: tls.server.key,
      clientCa: tls.clientCa,
    });
    const adapter = new HTTPAdapter();
    try {
      for (const cert of [tls.client.combinedFile, [tls.client.certFile, tls.client.keyFile] as const]) {
        const response = await fetchAll(adapter, prepare('GET', `${server.url}/`), {
          verify: tls.caFile,
          cert,
        });
        expect(response.json<TlsEcho>().clientCert).toBe('reqs test client');
      }
      // Without one the server ends the TLS 1.3 session after the handshake: an SSLError when
      // the alert is read first, else the closed connection (both are ConnectionErrors).
      const error = await rejection(
        fetchAll(adapter, prepare('GET', `${server.url}/`), { verify: tls.caFile }),
      );
      expect(error).toBeInstanceOf(ConnectionError);
    } finally {
      await adapter.close();
    }
  });

  it('bad TLS settings fail before any I/O with SSLError', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reqs-bad-tls-'));
    try {
      const adapter = new HTTPAdapter();
      const url = 'https://127.0.0.1:9/';
      const missingCa = await rejection(
        fetchAll(adapter, prepare('GET', url), { verify: join(dir, 'missing.pem') }),
      );
      expect(missingCa).toBeInstanceOf(SSLError);
      expect(missingCa.message).toContain('invalid path');
      const missingCert = await rejection(
        fetchAll(adapter, prepare('GET', url), { cert: join(dir, 'missing.pem') }),
      );
      expect(missingCert).toBeInstanceOf(SSLError);
      const mismatched = join(dir, 'mismatched.pem');
      await writeFile(mismatched, tls.client.cert + tls.server.key);
      const wrongKey = await rejection(fetchAll(adapter, prepare('GET', url), { cert: mismatched }));
      expect(wrongKey).toBeInstanceOf(SSLError);
      await adapter.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
