// TLS failures and bad TLS input: expired, wrong-host and self-signed certificates, a CA bundle
// or a client certificate that does not exist, a key that does not fit its certificate.
import { join } from 'node:path';
import { SSLError } from '@reqs/core';
import { createTlsFixture, startTlsServer, type TlsFixture, type TlsServer } from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRecovery, createSession } from '../src/index.js';
import { expectError } from './helpers/expect-error.js';

let tls: TlsFixture;
let good: TlsServer;

beforeAll(async () => {
  tls = await createTlsFixture();
  good = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
});

afterAll(async () => {
  await good?.close();
  await tls?.cleanup();
});

/** After a TLS failure on `bad`: no socket left there, and a good https request works on the same session. */
function recover(s: ReturnType<typeof createSession>, bad: TlsServer) {
  return checkRecovery(s, bad, { goodUrl: `${good.localhostUrl}/`, verify: tls.caFile, others: [good] });
}

describe('certificates that must be refused', () => {
  it.each([
    ['expired', () => tls.expired, /expired/i],
    ['issued for another host', () => tls.wrongHost, /altname|hostname|wrong\.example/i],
    ['self-signed', () => tls.selfSigned, /self[- ]signed/i],
  ] as const)('a server certificate %s → SSLError saying so', async (_name, pair, message) => {
    await using bad = await startTlsServer({ cert: pair().cert, key: pair().key });
    const s = createSession();
    const error = await expectError(s.get(`${bad.localhostUrl}/`, { verify: tls.caFile }), SSLError, message);
    expect(error.message).toContain(`GET ${bad.localhostUrl}/`);
    await recover(s, bad);
  });

  it('the system CA store does not trust the test CA → SSLError', async () => {
    await using bad = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    const s = createSession();
    await expectError(s.get(`${bad.localhostUrl}/`), SSLError, /certificate/i);
    await recover(s, bad);
  });
});

describe('bad TLS input, refused before any I/O', () => {
  it('verify pointing at a missing file → SSLError naming the path, no connection made', async () => {
    await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    const missing = join(tls.dir, 'no-such-bundle.pem');
    const s = createSession();
    await expectError(
      s.get(`${server.localhostUrl}/`, { verify: missing }),
      SSLError,
      new RegExp(
        `Could not find a suitable TLS CA certificate bundle, invalid path: ${missing.replaceAll('/', '\\/')}`,
      ),
    );
    expect(server.connections).toBe(0);
    await recover(s, server);
  });

  it('cert with a key that does not belong to it → SSLError, no connection made', async () => {
    await using server = await startTlsServer({
      cert: tls.server.cert,
      key: tls.server.key,
      clientCa: tls.clientCa,
    });
    const s = createSession();
    await expectError(
      s.get(`${server.localhostUrl}/`, {
        verify: tls.caFile,
        cert: [tls.client.certFile, tls.server.keyFile],
      }),
      SSLError,
      /key/i,
    );
    expect(server.connections).toBe(0);
    await recover(s, server);
  });

  it('cert pointing at a missing file → SSLError naming the path, no connection made', async () => {
    await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
    const missing = join(tls.dir, 'no-such-cert.pem');
    const s = createSession();
    await expectError(
      s.get(`${server.localhostUrl}/`, { verify: tls.caFile, cert: missing }),
      SSLError,
      /no-such-cert\.pem/,
    );
    expect(server.connections).toBe(0);
    await recover(s, server);
  });
});
