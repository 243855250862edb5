// Unknown and wrong-typed options of the session's entry points, refused before the adapter
// is asked for anything (issue 14).
import { PreparedRequest, Request, type SendOptions } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { REQUEST_OPTIONS, SEND_OPTIONS, SESSION_INIT_OPTIONS, Session } from '../src/index.js';
import { httpSession } from './helpers.js';

/** A session whose adapter counts the sends it is asked for. */
function countingSession(): [Session, { sends: number }] {
  const counter = { sends: 0 };
  const s = new Session();
  s.mount('http://', {
    async send(_request: PreparedRequest, _options: SendOptions) {
      counter.sends++;
      throw new Error('the adapter must not be reached');
    },
    async close() {},
  });
  return [s, counter];
}

describe('Session.request and the verbs', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'allow_redirects',
      { allow_redirects: false },
      "Unknown option 'allow_redirects' — did you mean 'allowRedirects'?",
    ],
    ['body', { body: 'x' }, "Unknown option 'body' — did you mean 'data'?"],
    ['timeOut', { timeOut: 5 }, "Unknown option 'timeOut' — did you mean 'timeout'?"],
    ['q', { q: 'x' }, "Unknown option 'q' for Session.request (known: stream, timeout, verify"],
    ['stream: "yes"', { stream: 'yes' }, "Invalid option 'stream': expected a boolean, got string ('yes')"],
    [
      'allowRedirects: "false"',
      { allowRedirects: 'false' },
      "Invalid option 'allowRedirects': expected a boolean",
    ],
    [
      'timeout: "300"',
      { timeout: '300' },
      'Timeout value connect was 300, but it must be an int, float or None.',
    ],
    ['verify: 1', { verify: 1 }, "Invalid option 'verify': expected true, false or the path of a CA bundle"],
    ['cert: 42', { cert: 42 }, "Invalid option 'cert'"],
    ['proxies: a string', { proxies: 'http://p:3128' }, "Invalid option 'proxies'"],
    ['hooks: a string', { hooks: { response: 'log' } }, "Invalid option 'hooks.response'"],
    [
      'signal: true',
      { signal: true },
      "Invalid option 'signal': expected an AbortSignal, got boolean (true)",
    ],
  ])('%s → TypeError before the adapter', async (_name, options, message) => {
    const [s, counter] = countingSession();
    await expect(s.get('http://example.com/', options as never)).rejects.toThrow(TypeError);
    await expect(s.post('http://example.com/', options as never)).rejects.toThrow(message);
    await expect(s.head('http://example.com/', options as never)).rejects.toThrow(message);
    expect(counter.sends).toBe(0);
  });

  it('refuses options that are not an object', async () => {
    const [s] = countingSession();
    await expect(s.get('http://example.com/', 'x' as never)).rejects.toThrow(
      "The options of Session.request must be an object, got string ('x')",
    );
  });

  it('accepts every option it documents (against httpbin)', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = await s.post(`${server.url}/post`, {
      params: { a: '1' },
      data: { b: '2' },
      headers: { 'X-A': '1' },
      cookies: { c: '3' },
      auth: ['u', 'p'],
      hooks: { response: [() => {}] },
      stream: false,
      timeout: { connect: 5000, read: 5000 },
      verify: true,
      cert: undefined,
      proxies: {},
      allowRedirects: true,
      signal: new AbortController().signal,
      json: null,
      files: null,
    });
    expect(r.statusCode).toBe(200);
  });
});

describe('Session.send', () => {
  it("refuses allow_redirects — did you mean 'allowRedirects'?", async () => {
    const [s, counter] = countingSession();
    const prepared = s.prepareRequest(new Request('GET', 'http://example.com/'));
    await expect(s.send(prepared, { allow_redirects: false } as never)).rejects.toThrow(
      "Unknown option 'allow_redirects' — did you mean 'allowRedirects'?",
    );
    await expect(s.send(prepared, { data: 'x' } as never)).rejects.toThrow(
      /^Unknown option 'data' for Session\.send/,
    );
    expect(counter.sends).toBe(0);
  });

  it('refuses a maxRedirects set by hand that is negative or not an integer', async () => {
    const [s, counter] = countingSession();
    const prepared = new PreparedRequest().prepare({ method: 'GET', url: 'http://example.com/' });
    s.maxRedirects = -1;
    await expect(s.send(prepared)).rejects.toThrow(
      "Invalid option 'maxRedirects': expected an integer ≥ 0, got number (-1)",
    );
    s.maxRedirects = 2.5;
    await expect(s.get('http://example.com/')).rejects.toThrow("Invalid option 'maxRedirects'");
    expect(counter.sends).toBe(0);
  });
});

describe('new Session(init) of @reqs/session', () => {
  it('points retries at the adapters it needs', () => {
    expect(() => new Session({ retries: 3 } as never)).toThrow(
      "Option 'retries' needs the default adapters: use reqs' Session, or mount new HTTPAdapter({ maxRetries }) yourself",
    );
  });

  it('starts its jar from an object of cookies', () => {
    const s = new Session({ cookies: { a: '1' } });
    expect(s.cookies.get('a')).toBe('1');
  });
});

describe('the tables', () => {
  it('each entry point has one, the request table holding the send table', () => {
    for (const name of SEND_OPTIONS.checks.keys()) expect(REQUEST_OPTIONS.checks.has(name)).toBe(true);
    expect([...SESSION_INIT_OPTIONS.checks.keys()]).toEqual(
      expect.arrayContaining(['auth', 'headers', 'params', 'cookies', 'proxies', 'hooks', 'verify', 'cert']),
    );
    expect([...SESSION_INIT_OPTIONS.checks.keys()]).toEqual(
      expect.arrayContaining(['timeout', 'stream', 'trustEnv', 'maxRedirects', 'baseUrl', 'retries']),
    );
  });
});

describe('map, imap and AsyncRequest (the request table and their own options)', () => {
  it('accepts the map options and the hook events of the request table', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const results = await s.map([`${server.url}/get`], {
      size: 2,
      ordered: true,
      throwOnError: true,
      exceptionHandler: () => null,
      timeout: 5000,
      hooks: { preSend: () => {}, response: () => {} },
    });
    expect(results.map((r) => r?.statusCode)).toEqual([200]);
  });

  it('refuses a misspelt map option before sending anything (never a null per item)', async () => {
    const [s, counter] = countingSession();
    await expect(s.map(['http://example.com/'], { concurrency: 2 } as never)).rejects.toThrow(
      /^Unknown option 'concurrency' for Session\.map/,
    );
    await expect(s.map(['http://example.com/'], { throw_on_error: true } as never)).rejects.toThrow(
      "Unknown option 'throw_on_error' — did you mean 'throwOnError'?",
    );
    const iterator = s.imap(['http://example.com/'], { exception_handler: () => null } as never);
    await expect(iterator.next()).rejects.toThrow("did you mean 'exceptionHandler'?");
    expect(counter.sends).toBe(0);
  });

  it('AsyncRequest checks its options when it is made', async () => {
    const { AsyncRequest } = await import('../src/index.js');
    expect(() => new AsyncRequest('GET', 'http://example.com/', { allow_redirects: false } as never)).toThrow(
      "Unknown option 'allow_redirects' — did you mean 'allowRedirects'?",
    );
  });
});
