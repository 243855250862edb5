// `verify` and `cert` turned into TLS connection options, read and checked once per adapter.

import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type ConnectionOptions, createSecureContext } from 'node:tls';
import type { Cert } from '@reqs/core';
import { SSLError } from '@reqs/core';

/** TLS options for one (verify, cert) pair, and the key that keeps their pools apart. */
export interface TlsSettings {
  /** Distinct for every distinct (verify, cert): pools are never shared across them (CVE-2024-35195). */
  readonly key: string;
  /** Passed to `tls.connect`. */
  readonly options: ConnectionOptions;
  /** False with `verify: false`. */
  readonly verified: boolean;
}

const SYSTEM: TlsSettings = { key: 'verify', options: {}, verified: true };
const INSECURE: TlsSettings = { key: 'insecure', options: { rejectUnauthorized: false }, verified: false };
const PEM_CERT = '-----BEGIN CERTIFICATE-----';
const SWITCH_WORDS = /^(?:yes|no|true|false|on|off|0|1)$/i;

async function readCaBundle(location: string): Promise<string[]> {
  const info = await stat(location).catch(() => null);
  if (info === null) {
    // `verify: 'yes'` / `'false'`: a string is a path; say how to switch verification instead.
    const hint = SWITCH_WORDS.test(location)
      ? ` (option 'verify' is a string, read as a CA bundle path: pass true or false to turn verification on or off)`
      : '';
    throw new SSLError(
      `Could not find a suitable TLS CA certificate bundle, invalid path: ${location}${hint}`,
    );
  }
  if (!info.isDirectory()) return [await readFile(location, 'latin1')];
  // A CA directory (c_rehash style or plain): every file holding a PEM certificate.
  const names = (await readdir(location)).sort();
  const files = await Promise.all(
    names.map((name) => readFile(join(location, name), 'latin1').catch(() => '')),
  );
  return files.filter((text) => text.includes(PEM_CERT));
}

async function readPem(path: string, what: string): Promise<string> {
  try {
    return await readFile(path, 'latin1');
  } catch (error) {
    throw new SSLError(`Could not find the TLS ${what} file, invalid path: ${path}`, { cause: error });
  }
}

async function readCert(cert: Cert): Promise<{ cert: string; key: string }> {
  if (typeof cert === 'string') {
    const both = await readPem(cert, 'certificate');
    return { cert: both, key: both };
  }
  const [certText, keyText] = await Promise.all([readPem(cert[0], 'certificate'), readPem(cert[1], 'key')]);
  return { cert: certText, key: keyText };
}

function settingsKey(verify: boolean | string, cert: Cert | undefined): string {
  const verifyKey = verify === true ? 'verify' : verify === false ? 'insecure' : `ca:${verify}`;
  const certKey =
    cert === undefined ? '' : typeof cert === 'string' ? `|cert:${cert}` : `|cert:${cert[0]}|key:${cert[1]}`;
  return verifyKey + certKey;
}

async function buildSettings(
  key: string,
  verify: boolean | string,
  cert: Cert | undefined,
): Promise<TlsSettings> {
  const [ca, pair] = await Promise.all([
    typeof verify === 'string' ? readCaBundle(verify) : Promise.resolve(undefined),
    cert === undefined ? Promise.resolve(undefined) : readCert(cert),
  ]);
  let secureContext: ReturnType<typeof createSecureContext>;
  try {
    // One context per settings: checks the files now (a key that does not match its
    // certificate fails here, before any I/O) and saves parsing them per connection.
    secureContext = createSecureContext({ ...(ca ? { ca } : {}), ...(pair ?? {}) });
  } catch (error) {
    throw new SSLError(
      `Invalid TLS settings (verify=${String(verify)}, cert=${String(cert)}): ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  const verified = verify !== false;
  return { key, options: { secureContext, rejectUnauthorized: verified }, verified };
}

/**
 * Caches {@link TlsSettings} per (verify, cert): files are read once per adapter (a changed
 * bundle needs a new adapter). Failed reads are not cached.
 */
export class TlsSettingsCache {
  // A promise while the files are read, then the settings themselves, so that every later
  // request (REQUESTS_CA_BUNDLE makes `verify` a path for each one) skips an await.
  readonly #cache = new Map<string, TlsSettings | Promise<TlsSettings>>();

  /**
   * The settings for `verify` and `cert`.
   *
   * @throws SSLError when a file is missing or the certificate and key do not match.
   */
  get(verify: boolean | string, cert: Cert | undefined): TlsSettings | Promise<TlsSettings> {
    if (cert === undefined && verify === true) return SYSTEM;
    if (cert === undefined && verify === false) return INSECURE;
    const key = settingsKey(verify, cert);
    const cached = this.#cache.get(key);
    if (cached !== undefined) return cached;
    const pending = buildSettings(key, verify, cert);
    this.#cache.set(key, pending);
    pending.then(
      (settings) => {
        if (this.#cache.get(key) === pending) this.#cache.set(key, settings);
      },
      () => this.#cache.delete(key),
    );
    return pending;
  }
}
