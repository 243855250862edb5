/** Throwaway TLS material from the `openssl` CLI: a CA, a server certificate and a client certificate. */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// One config for every step, so nothing depends on the machine's openssl.cnf.
const CONFIG = `[req]
distinguished_name = dn
prompt = no
[dn]
CN = reqs httpbin
[ca_ext]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1, IP:::1, DNS:localhost
authorityKeyIdentifier = keyid
[client_ext]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
authorityKeyIdentifier = keyid
`;

/** PEM texts and the files they live in (inside `dir`, which {@link TlsMaterial.remove} deletes). */
export interface TlsMaterial {
  dir: string;
  ca: string;
  caFile: string;
  key: string;
  cert: string;
  clientCertFile: string;
  clientKeyFile: string;
  /** Client certificate and key in one PEM file. */
  clientPemFile: string;
  remove(): Promise<void>;
}

async function openssl(dir: string, args: string[]): Promise<void> {
  await run('openssl', args, { cwd: dir });
}

async function issue(dir: string, name: string, subject: string, extensions: string): Promise<void> {
  await openssl(dir, [
    'req',
    '-new',
    '-config',
    'openssl.cnf',
    '-key',
    `${name}.key`,
    '-subj',
    subject,
    '-out',
    `${name}.csr`,
  ]);
  const serial = `0x${randomBytes(8).toString('hex')}`;
  const signArgs = ['-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', serial, '-days', '7', '-sha256'];
  await openssl(dir, [
    'x509',
    '-req',
    '-in',
    `${name}.csr`,
    ...signArgs,
    '-extfile',
    'openssl.cnf',
    '-extensions',
    extensions,
    '-out',
    `${name}.pem`,
  ]);
}

/** Generates EC P-256 keys, a CA, and certificates for `127.0.0.1`/`::1`/`localhost` and a client. */
export async function generateTls(): Promise<TlsMaterial> {
  const dir = await mkdtemp(join(tmpdir(), 'reqs-httpbin-tls-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    await writeFile(join(dir, 'openssl.cnf'), CONFIG);
    const keygen = ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out'];
    await Promise.all(['ca', 'server', 'client'].map((name) => openssl(dir, [...keygen, `${name}.key`])));
    const caArgs = [
      '-config',
      'openssl.cnf',
      '-extensions',
      'ca_ext',
      '-key',
      'ca.key',
      '-days',
      '7',
      '-sha256',
    ];
    await openssl(dir, [
      'req',
      '-x509',
      '-new',
      ...caArgs,
      '-subj',
      '/CN=reqs httpbin test CA',
      '-out',
      'ca.pem',
    ]);
    await issue(dir, 'server', '/CN=localhost', 'server_ext');
    await issue(dir, 'client', '/CN=reqs test client', 'client_ext');
    const read = (file: string) => readFile(join(dir, file), 'utf8');
    const [ca, key, cert, clientCert, clientKey] = await Promise.all(
      ['ca.pem', 'server.key', 'server.pem', 'client.pem', 'client.key'].map(read),
    );
    await writeFile(join(dir, 'client-combined.pem'), clientCert! + clientKey!);
    const file = (name: string) => join(dir, name);
    return {
      dir,
      ca: ca!,
      caFile: file('ca.pem'),
      key: key!,
      cert: cert!,
      clientCertFile: file('client.pem'),
      clientKeyFile: file('client.key'),
      clientPemFile: file('client-combined.pem'),
      remove,
    };
  } catch (error) {
    await remove();
    throw error;
  }
}
