// Certificates generated at run time with the openssl CLI (EC P-256) in a temporary directory.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand } from './run-command.js';

/** A certificate and its key, as PEM text and as files. */
export interface CertPair {
  /** The certificate (PEM). */
  cert: string;
  /** The private key (PEM). */
  key: string;
  /** Path of the certificate file. */
  certFile: string;
  /** Path of the key file. */
  keyFile: string;
  /** Path of one file holding the certificate followed by the key. */
  combinedFile: string;
}

/** Every certificate a TLS test needs, in one temporary directory. */
export interface TlsFixture extends AsyncDisposable {
  /** The temporary directory (also holds `ca-dir/`, a directory with only the CA's PEM). */
  dir: string;
  /** The CA that signed `server`, `expired` and `wrongHost` (PEM and file). */
  ca: string;
  caFile: string;
  /** A directory holding the CA certificate only (for `verify: dir`). */
  caDir: string;
  /** Valid for `localhost`, `127.0.0.1` and `::1`. */
  server: CertPair;
  /** Valid names, but expired yesterday. */
  expired: CertPair;
  /** Signed by the CA for `wrong.example` only. */
  wrongHost: CertPair;
  /** Self-signed for `localhost`/`127.0.0.1` (no CA). */
  selfSigned: CertPair;
  /** The CA that signed `client` (PEM and file): give it to a server that asks for client certificates. */
  clientCa: string;
  clientCaFile: string;
  /** A client certificate (`clientAuth`). */
  client: CertPair;
  /** Removes the directory. */
  cleanup(): Promise<void>;
}

const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
const SERVER_SAN = 'subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1';

async function makeCa(dir: string, name: string, cn: string): Promise<void> {
  await runCommand('openssl', [
    'req',
    '-x509',
    '-new',
    ...EC,
    '-keyout',
    join(dir, `${name}.key`),
    '-out',
    join(dir, `${name}.pem`),
    '-days',
    '3650',
    '-subj',
    `/CN=${cn}`,
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
}

let serial = Date.now();

async function makeLeaf(
  dir: string,
  name: string,
  ca: string | null,
  cn: string,
  ext: string,
  days: number,
): Promise<CertPair> {
  const keyFile = join(dir, `${name}.key`);
  const certFile = join(dir, `${name}.pem`);
  const extFile = join(dir, `${name}.ext`);
  await writeFile(extFile, `${ext}\nbasicConstraints=CA:FALSE\n`);
  if (ca === null) {
    await runCommand('openssl', [
      'req',
      '-x509',
      '-new',
      ...EC,
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      String(days),
      '-subj',
      `/CN=${cn}`,
      '-addext',
      ext.split('\n')[0]!,
    ]);
  } else {
    const csr = join(dir, `${name}.csr`);
    await runCommand('openssl', [
      'req',
      '-new',
      ...EC,
      '-keyout',
      keyFile,
      '-out',
      csr,
      '-subj',
      `/CN=${cn}`,
    ]);
    serial += 1;
    await runCommand('openssl', [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      join(dir, `${ca}.pem`),
      '-CAkey',
      join(dir, `${ca}.key`),
      '-set_serial',
      String(serial),
      '-out',
      certFile,
      '-days',
      String(days),
      '-extfile',
      extFile,
    ]);
  }
  const [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
  const combinedFile = join(dir, `${name}-combined.pem`);
  await writeFile(combinedFile, cert + key);
  return { cert, key, certFile, keyFile, combinedFile };
}

/**
 * Generates a CA, server certificates (valid, expired, wrong host, self-signed) and a client
 * CA with a client certificate, with the `openssl` CLI, in a fresh temporary directory.
 *
 * @throws Error naming the openssl command when openssl is missing or fails.
 * @example
 * await using tls = await createTlsFixture();
 * const server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
 */
export async function createTlsFixture(): Promise<TlsFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'reqs-tls-'));
  try {
    await Promise.all([makeCa(dir, 'ca', 'reqs test CA'), makeCa(dir, 'client-ca', 'reqs test client CA')]);
    const serverExt = `${SERVER_SAN}\nextendedKeyUsage=serverAuth`;
    const [server, expired, wrongHost, selfSigned, client] = await Promise.all([
      makeLeaf(dir, 'server', 'ca', 'localhost', serverExt, 825),
      makeLeaf(dir, 'expired', 'ca', 'localhost', serverExt, -1),
      makeLeaf(
        dir,
        'wrong-host',
        'ca',
        'wrong.example',
        'subjectAltName=DNS:wrong.example\nextendedKeyUsage=serverAuth',
        825,
      ),
      makeLeaf(dir, 'self-signed', null, 'localhost', SERVER_SAN, 825),
      makeLeaf(dir, 'client', 'client-ca', 'reqs test client', 'extendedKeyUsage=clientAuth', 825),
    ]);
    const caFile = join(dir, 'ca.pem');
    const clientCaFile = join(dir, 'client-ca.pem');
    const [ca, clientCa] = await Promise.all([readFile(caFile, 'utf8'), readFile(clientCaFile, 'utf8')]);
    const caDir = join(dir, 'ca-dir');
    await mkdir(caDir);
    await writeFile(join(caDir, 'ca.pem'), ca);
    const cleanup = () => rm(dir, { recursive: true, force: true });
    return {
      dir,
      ca,
      caFile,
      caDir,
      server,
      expired,
      wrongHost,
      selfSigned,
      clientCa,
      clientCaFile,
      client,
      cleanup,
      [Symbol.asyncDispose]: cleanup,
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
