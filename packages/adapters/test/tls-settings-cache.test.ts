// TLS settings are built once per (verify, cert) and then handed out without a promise, so a
// session whose every request carries REQUESTS_CA_BUNDLE's path does not await per request.
import { join } from 'node:path';
import { SSLError } from '@reqs/core';
import { createTlsFixture, type TlsFixture } from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TlsSettingsCache } from '../src/tls-settings.js';

let tls: TlsFixture;
beforeAll(async () => {
  tls = await createTlsFixture();
});
afterAll(async () => {
  await tls[Symbol.asyncDispose]();
});

describe('TlsSettingsCache', () => {
  it('reads a CA bundle once: a promise the first time, the settings themselves after', async () => {
    const cache = new TlsSettingsCache();
    const first = cache.get(tls.caFile, undefined);
    expect(first).toBeInstanceOf(Promise);
    const settings = await first;
    expect(settings.verified).toBe(true);
    expect(settings.key).toBe(`ca:${tls.caFile}`);
    const again = cache.get(tls.caFile, undefined);
    expect(again).toBe(settings);
    expect(cache.get(tls.caDir, undefined)).toBeInstanceOf(Promise);
  });

  it('does not keep a failure: a missing bundle is looked for again', async () => {
    const cache = new TlsSettingsCache();
    const missing = join(tls.dir, 'missing.pem');
    await expect(cache.get(missing, undefined)).rejects.toThrow(SSLError);
    const retried = cache.get(missing, undefined);
    expect(retried).toBeInstanceOf(Promise);
    await expect(retried).rejects.toThrow(/invalid path/);
  });
});
