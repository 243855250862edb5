// Sessions built from settings (issue 15, item 4): Requests 0.x's `requests.session(auth=…,
// headers=…)` as `new Session({ … })` and `requests.session({ … })`, against the embedded httpbin.

import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import requests, {
  HTTPAdapter,
  ReadTimeout,
  type Response,
  Retry,
  RetryError,
  Session,
  TooManyRedirects,
} from '../src/index.js';

const httpbin = useHttpbin();

type Echo = {
  headers: Record<string, string>;
  args: Record<string, string>;
  cookies: Record<string, string>;
};

describe('new Session(init)', () => {
  it('sends its auth, headers, params and cookies with every request', async () => {
    await using s = new Session({
      auth: ['user', 'pass'],
      headers: { 'X-Test': 'true', Accept: null },
      params: { key: 'value' },
      cookies: { flavour: 'oat' },
    });
    const r = await s.get(`${httpbin.url}/basic-auth/user/pass`);
    expect(r.statusCode).toBe(200);
    const echo = (await s.get(`${httpbin.url}/get`, { headers: { 'X-Other': '1' } })).json<Echo>();
    expect(echo.headers['X-Test']).toBe('true');
    expect(echo.headers['X-Other']).toBe('1');
    expect(echo.headers.Accept).toBeUndefined(); // a null header removes a default
    expect(echo.headers['User-Agent']).toMatch(/^reqs\//); // the other defaults stay
    expect(echo.args).toEqual({ key: 'value' });
    expect((await s.get(`${httpbin.url}/cookies`)).json<Echo>().cookies).toEqual({ flavour: 'oat' });
  });

  it('copies params, proxies and headers: changing the objects given later changes nothing', async () => {
    const params: Record<string, string> = { a: '1' };
    await using s = new Session({ params, proxies: { 'http://unused.invalid': 'http://127.0.0.1:9' } });
    params.b = '2';
    expect(s.params).toEqual({ a: '1' });
    expect(s.proxies).toEqual({ 'http://unused.invalid': 'http://127.0.0.1:9' });
    expect((await s.get(`${httpbin.url}/get`)).json<Echo>().args).toEqual({ a: '1' });
  });

  it('runs its hooks before the request’s', async () => {
    const calls: string[] = [];
    await using s = new Session({
      hooks: { response: (r: Response) => void calls.push(`session ${r.statusCode}`) },
    });
    await s.get(`${httpbin.url}/get`, { hooks: { response: () => void calls.push('request') } });
    expect(calls).toEqual(['session 200', 'request']);
  });

  it('takes timeout, stream, maxRedirects, trustEnv, verify and cert as defaults', async () => {
    await using s = new Session({
      timeout: { read: 200 },
      stream: true,
      maxRedirects: 2,
      trustEnv: false,
      verify: false,
      cert: ['client.pem', 'client.key'],
    });
    expect([s.trustEnv, s.verify, s.cert, s.maxRedirects]).toEqual([
      false,
      false,
      ['client.pem', 'client.key'],
      2,
    ]);
    await expect(s.get(`${httpbin.url}/delay/2`)).rejects.toThrow(ReadTimeout);
    const streamed = await s.get(`${httpbin.url}/bytes/10`);
    expect(() => streamed.content).toThrow(/stream/); // stream: true: the body is not read yet
    expect((await streamed.read()).byteLength).toBe(10);
    const tooMany = s.get(`${httpbin.url}/redirect/3`);
    await expect(tooMany).rejects.toThrow(TooManyRedirects);
    await expect(tooMany).rejects.toThrow('Exceeded 2 redirects.');
    expect((await s.get(`${httpbin.url}/redirect/2`, { stream: false })).statusCode).toBe(200);
  });

  it('resolves relative URLs against baseUrl', async () => {
    await using s = new Session({ baseUrl: `${httpbin.url}/anything/` });
    expect((await s.get('items?id=3')).json<{ url: string }>().url).toBe(
      `${httpbin.url}/anything/items?id=3`,
    );
  });

  it('retries: a Retry mounts both default adapters with it', async () => {
    const retry = new Retry({ total: 2, statusForcelist: [503], backoffFactor: 0 });
    await using s = new Session({ retries: retry });
    for (const prefix of ['http://', 'https://']) {
      const adapter = s.getAdapter(`${prefix}example.com/`) as HTTPAdapter;
      expect(adapter).toBeInstanceOf(HTTPAdapter);
      expect(adapter.maxRetries).toBe(retry);
    }
    await expect(s.get(`${httpbin.url}/status/503`)).rejects.toThrow(RetryError);
  });

  it('retries: a number is Requests’ max_retries (connect retries, none on reads)', async () => {
    await using s = new Session({ retries: 3 });
    const adapter = s.getAdapter(httpbin.url) as HTTPAdapter;
    expect([adapter.maxRetries.total, adapter.maxRetries.read]).toEqual([3, false]);
    expect((await s.get(`${httpbin.url}/status/503`)).statusCode).toBe(503); // no status retries
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['trust_env', { trust_env: false }, "Unknown option 'trust_env' — did you mean 'trustEnv'?"],
    ['max_redirects', { max_redirects: 3 }, "Unknown option 'max_redirects' — did you mean 'maxRedirects'?"],
    ['max_retries', { max_retries: 3 }, "Unknown option 'max_retries' — did you mean 'retries'?"],
    ['base_url', { base_url: 'http://x/' }, "Unknown option 'base_url' — did you mean 'baseUrl'?"],
    ['header', { header: {} }, "Unknown option 'header' — did you mean 'headers'?"],
    [
      'maxRedirects: -1',
      { maxRedirects: -1 },
      "Invalid option 'maxRedirects': expected an integer ≥ 0, got number (-1)",
    ],
    [
      'retries: "3"',
      { retries: '3' },
      "Invalid option 'retries': expected an integer ≥ 0 or a Retry, got string ('3')",
    ],
    [
      'trustEnv: "no"',
      { trustEnv: 'no' },
      "Invalid option 'trustEnv': expected a boolean, got string ('no')",
    ],
    [
      'timeout: "5s"',
      { timeout: '5s' },
      'Timeout value connect was 5s, but it must be an int, float or None.',
    ],
  ])('refuses %s with the option’s name', (_name, init, message) => {
    expect(() => new Session(init as never)).toThrow(TypeError);
    expect(() => new Session(init as never)).toThrow(message);
  });
});

describe('requests.session(init)', () => {
  it('is a pre-wired Session with the settings, closed with try/finally', async () => {
    const s = requests.session({ headers: { 'X-From': 'init' } });
    try {
      expect(s).toBeInstanceOf(Session);
      const echo = (await s.get(`${httpbin.url}/headers`)).json<Echo>();
      expect(echo.headers['X-From']).toBe('init');
    } finally {
      await s.close();
    }
  });

  it('works with await using, and without init', async () => {
    {
      await using s = requests.session();
      expect((await s.get(`${httpbin.url}/get`)).statusCode).toBe(200);
    }
    expect(() => requests.session({ retry: 3 } as never)).toThrow(
      "Unknown option 'retry' — did you mean 'retries'?",
    );
  });
});
