import { SSLError, Timeout } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { httpSession, setEnv } from './helpers.js';

describe('CA bundles from the environment', () => {
  it('uses REQUESTS_CA_BUNDLE or CURL_CA_BUNDLE for verify: true when trustEnv', async () => {
    const server = await startHttpbin({ tls: true });
    const s = httpSession();
    await expect(s.get(`${server.url}/get`)).rejects.toBeInstanceOf(SSLError);
    setEnv({ CURL_CA_BUNDLE: server.caFile });
    expect((await s.get(`${server.url}/get`)).statusCode).toBe(200);
    setEnv({ CURL_CA_BUNDLE: undefined, REQUESTS_CA_BUNDLE: server.caFile });
    expect((await s.get(`${server.url}/get`)).statusCode).toBe(200);
    s.trustEnv = false;
    await expect(s.get(`${server.url}/get`)).rejects.toBeInstanceOf(SSLError);
  });

  it('never overrides an explicit verify from the request or the session', async () => {
    const server = await startHttpbin({ tls: true });
    const s = httpSession();
    setEnv({ REQUESTS_CA_BUNDLE: '/nonexistent/ca.pem' });
    s.verify = server.caFile as string;
    expect((await s.get(`${server.url}/get`)).statusCode).toBe(200);
    s.verify = true;
    expect((await s.get(`${server.url}/get`, { verify: server.caFile })).statusCode).toBe(200);
  });
});

describe('timeout.total and signal', () => {
  it('is one deadline over the whole exchange, body included', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const started = performance.now();
    const error = await s
      .get(`${server.url}/drip?duration=3&numbytes=3`, { timeout: { total: 300 } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Timeout);
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await s.get(`${server.url}/get`, { timeout: { total: 5000 } })).statusCode).toBe(200);
  });

  it('spans redirects, and Session.timeout is the default', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    s.timeout = { total: 400 };
    const target = `${server.url}/redirect-to?url=${encodeURIComponent('/delay/2')}`;
    await expect(s.get(target)).rejects.toBeInstanceOf(Timeout);
    expect((await s.get(target, { timeout: null, allowRedirects: false })).statusCode).toBe(302);
  });

  it('passes the signal through; the promise rejects with its reason', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const reason = new Error('stop');
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 100);
    await expect(s.get(`${server.url}/delay/2`, { signal: controller.signal })).rejects.toBe(reason);
    const again = new AbortController();
    setTimeout(() => again.abort(reason), 100);
    await expect(
      s.get(`${server.url}/delay/2`, { signal: again.signal, timeout: { total: 5000 } }),
    ).rejects.toBe(reason);
  });
});
