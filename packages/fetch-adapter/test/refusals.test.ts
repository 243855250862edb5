import { RequestException } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { FetchAdapter } from '../src/fetch-adapter.js';
import { FetchUnsupportedError } from '../src/fetch-unsupported-error.js';
import { useSession } from './helpers.js';

/** A FetchAdapter whose fetch counts the requests it was given. */
function countingAdapter(): { adapter: FetchAdapter; calls: string[] } {
  const calls: string[] = [];
  const adapter = new FetchAdapter({
    fetch: (input, init) => {
      calls.push(input);
      return fetch(input, init);
    },
  });
  return { adapter, calls };
}

describe('FetchAdapter refuses what fetch cannot do, before sending', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    [
      'a proxy',
      { proxies: { http: 'http://user:secret@proxy.example:3128' } },
      /proxy \(http:\/\/proxy\.example:3128\) was selected/,
    ],
    ['a client certificate', { cert: '/tmp/client.pem' }, /client certificate \(cert\)/],
    ['verify: false', { verify: false }, /verify: false was given/],
    ['a CA bundle', { verify: '/etc/ssl/ca.pem' }, /a CA bundle \(verify: "\/etc\/ssl\/ca.pem"\)/],
    ['a Host override', { headers: { Host: 'other.example' } }, /Host header \(other\.example\)/],
    ['Expect', { headers: { Expect: '100-continue' } }, /Expect header is not supported/],
    ['Upgrade', { headers: { Upgrade: 'h2c' } }, /Upgrade header is not supported/],
  ];
  for (const [what, options, message] of cases) {
    it(`refuses ${what} with FetchUnsupportedError`, async () => {
      const bin = await startHttpbin();
      const { adapter, calls } = countingAdapter();
      const s = useSession(adapter);
      const error = await s.get(`${bin.url}/get`, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchUnsupportedError);
      expect(error).toBeInstanceOf(RequestException);
      expect((error as Error).name).toBe('FetchUnsupportedError');
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).toContain(`GET ${bin.url}/get`);
      expect((error as Error).message).not.toContain('secret');
      expect(calls).toEqual([]);
    });
  }

  it('sends when the Host header is the URL host, and when the proxy does not apply', async () => {
    const bin = await startHttpbin();
    const { adapter, calls } = countingAdapter();
    const s = useSession(adapter);
    const host = new URL(bin.url).host;
    const r = await s.get(`${bin.url}/get`, {
      headers: { Host: host },
      proxies: { 'https://elsewhere.example': 'http://proxy.example:3128' },
    });
    expect(r.statusCode).toBe(200);
    expect(calls).toHaveLength(1);
  });

  it('checks its own options', () => {
    expect(() => new FetchAdapter({ fecth: fetch } as never)).toThrow(TypeError);
    expect(() => new FetchAdapter({ fetch: 'no' } as never)).toThrow(TypeError);
  });
});
