// Control characters through an HTTP forward proxy (absolute-form request line): the same rules
// as for direct requests, for every request on one kept-alive proxy connection (issue 13).
import { InvalidURL } from '@reqs/core';
import { startTinyproxy } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { checkRecovery, createSession, type ReceivedRequest, startHostileServer } from '../src/index.js';
import { expectError } from './helpers/expect-error.js';
import { writeResponse } from './helpers/respond.js';

/** Answers every request with its request target, keep-alive. */
function echoTarget() {
  return startHostileServer({
    '*': (request, socket) =>
      writeResponse(
        socket,
        '200 OK',
        [`Content-Length: ${Buffer.byteLength(request.target)}`],
        request.target,
      ),
  });
}

const CONTROL = /[\x00-\x1f\x7f]/;

/** What users pass that holds CR, LF or another control character, and a good request between each. */
const HOSTILE_INPUT: ReadonlyArray<readonly [string, string, Record<string, string>]> = [
  ['CR/LF in a param', '/search', { q: 'a\r\nX-Injected: 1' }],
  ['CR/LF and a request line in a param', '/search', { q: 'x HTTP/1.1\r\nHost: evil\r\n\r\nGET /admin' }],
  ['NUL, TAB, DEL and ESC in a param', '/p', { v: 'a\x00b\tc\x7fd\x1be' }],
  ['CR/LF in a param name', '/p', { 'k\r\nX-Injected': '1' }],
  ['percent-encoded CR/LF in the path', '/a%0d%0aX-Injected:%201', {}],
  ['percent-encoded CR/LF in the query', '/a?x=%0D%0AX-Injected:%201', {}],
];

function expectClean(request: ReceivedRequest): void {
  expect(request.target).not.toMatch(CONTROL);
  expect(request.head.split('\r\n')[0]).toMatch(/^GET http:\/\/example\.invalid\/\S* HTTP\/1\.1$/);
  expect(request.headers.map(([name]) => name.toLowerCase())).not.toContain('x-injected');
  const hosts = request.headers.filter(([name]) => name.toLowerCase() === 'host').map(([, value]) => value);
  expect(hosts).toEqual(['example.invalid']);
}

describe('through an HTTP forward proxy (absolute-form)', () => {
  it('CR, LF and control characters in path, query and params never split the request line, on one kept-alive connection', async () => {
    await using proxy = await echoTarget();
    const s = createSession();
    const proxies = { http: proxy.url };
    let sent = 0;
    for (const [, path, params] of HOSTILE_INPUT) {
      const r = await s.get(`http://example.invalid${path}`, { params, proxies });
      sent++;
      expect(r.statusCode).toBe(200);
      expect(r.text).not.toMatch(CONTROL);
      expect(r.text, path).toMatch(/^http:\/\/example\.invalid\//);
    }
    // Raw CR/LF in the URL itself: refused before anything reaches the proxy, as for direct requests.
    await expectError(
      s.get('http://example.invalid/a\r\nX-Injected: 1', { proxies }),
      InvalidURL,
      /control characters/,
    );
    await expectError(s.get('http://example.invalid/a b\x00', { proxies }), InvalidURL, /control characters/);
    await s.get('http://example.invalid/after', { proxies });
    sent++;
    expect(proxy.requests).toHaveLength(sent);
    for (const request of proxy.requests) expectClean(request);
    expect(new Set(proxy.requests.map((request) => request.connection)).size).toBe(1);
    await checkRecovery(s, proxy, { keptAlive: 1 });
  });

  it('the same through a real tinyproxy: the origin receives each request intact', async () => {
    await using origin = await echoTarget();
    await using tinyproxy = await startTinyproxy();
    const s = createSession();
    const proxies = { http: tinyproxy.url };
    for (const [, path, params] of HOSTILE_INPUT) {
      const r = await s.get(`${origin.url}${path}`, { params, proxies });
      expect(r.statusCode).toBe(200);
      expect(r.text).not.toMatch(CONTROL);
    }
    expect(origin.requests).toHaveLength(HOSTILE_INPUT.length);
    for (const request of origin.requests) {
      expect(request.target).not.toMatch(CONTROL);
      expect(request.headers.map(([name]) => name.toLowerCase())).not.toContain('x-injected');
    }
    expect(tinyproxy.log()).not.toMatch(/X-Injected: 1\r?\n/);
    await s.close();
  });
});
