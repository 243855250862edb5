// --verify, --cert and --cert-key against the embedded httpbin over TLS (a CA generated now).

import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const httpbin = useHttpbin({ tls: true });

describe('TLS options', () => {
  it('refuses an unknown CA, accepts it with --verify PATH, skips checks with --verify no', async () => {
    const refused = await runCli([`${httpbin.url}/get`]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^reqs: error: SSLError/);
    const trusted = await runCli(['--verify', httpbin.server.caFile!, `${httpbin.url}/get`]);
    expect(trusted.status).toBe(0);
    expect(JSON.parse(trusted.stdout).url).toBe(`${httpbin.url}/get`);
    const unchecked = await runCli(['--verify', 'no', `${httpbin.url}/get`]);
    expect(unchecked.status).toBe(0);
    expect(unchecked.stderr).toBe(''); // the user chose it: no InsecureRequestWarning
  });

  it('presents a client certificate with --cert and --cert-key', async () => {
    const { caFile, clientCertFile, clientKeyFile } = httpbin.server;
    const r = await runCli([
      '--verify',
      caFile!,
      '--cert',
      clientCertFile!,
      '--cert-key',
      clientKeyFile!,
      `${httpbin.url}/client-cert`,
    ]);
    expect(r.status).toBe(0);
    const seen = JSON.parse(r.stdout);
    expect(seen.authorized).toBe(true);
    expect(seen.subject).not.toBeNull();
    const without = JSON.parse((await runCli(['--verify', caFile!, `${httpbin.url}/client-cert`])).stdout);
    expect(without.subject).toBeNull();
  });
});
