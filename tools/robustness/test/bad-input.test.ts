// Bad input from users: URLs, headers, methods, params and data of the wrong shape, bodies that
// cannot be re-sent, proxy URLs. Each is refused with its named error (before any I/O where
// the input itself is wrong), or sent safely encoded.
import { Readable } from 'node:stream';
import { inspect } from 'node:util';
import {
  ConnectionError,
  InvalidHeader,
  InvalidJSONError,
  InvalidProxyURL,
  InvalidURL,
  MissingSchema,
  ReadTimeout,
  UnrewindableBodyError,
} from '@reqs/core';
import type { RequestOptions } from '@reqs/session';
import { describe, expect, it } from 'vitest';
import { checkRecovery, createSession, header, startHostileServer } from '../src/index.js';
import { expectError } from './helpers/expect-error.js';
import { redirectTo } from './helpers/redirect.js';
import { writeResponse } from './helpers/respond.js';

function echoTarget() {
  return startHostileServer({
    '*': (request, socket) =>
      writeResponse(socket, '200 OK', [`Content-Length: ${request.target.length}`], request.target),
  });
}

/** Bad input must fail before any I/O: the server sees no connection at all. */
async function expectRefused<E extends Error>(
  server: Awaited<ReturnType<typeof startHostileServer>>,
  call: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
  message: RegExp,
): Promise<E> {
  const error = await expectError(call, type, message);
  expect(server.connections).toBe(0);
  return error;
}

describe('URLs', () => {
  it('without a scheme → MissingSchema with Requests’ message', async () => {
    const s = createSession();
    await expectError(
      s.get('example.com/path'),
      MissingSchema,
      /^Invalid URL 'example\.com\/path': No scheme supplied\. Perhaps you meant https:\/\/example\.com\/path\?$/,
    );
    await expectError(s.get(''), MissingSchema, /^Invalid URL '': No scheme supplied/);
    await s.close();
  });

  it('with spaces in the path and query → sent percent-encoded', async () => {
    await using server = await echoTarget();
    const s = createSession();
    const r = await s.get(`${server.url}/a b/c d?q=e f`);
    expect(r.text).toBe('/a%20b/c%20d?q=e%20f');
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it.each([
    ['a space in the host', 'http://exa mple.com/', /Failed to parse/],
    ['CR/LF in the path', 'http://127.0.0.1:1/a\r\nX-Injected: 1', /control characters/],
    ['LF in the host', 'http://127.0.0.1\n.evil:1/', /control characters/],
    ['NUL in the query', 'http://127.0.0.1:1/?q=\0', /control characters/],
    ['no host', 'http:///path', /No host supplied/],
    ['a leading dot in the host', 'http://.example.com/', /invalid label/],
    ['a port out of range', 'http://127.0.0.1:99999/', /Failed to parse/],
    ['an unclosed IPv6 bracket', 'http://[::1/', /Failed to parse/],
  ])('with %s → InvalidURL', async (_name, url, message) => {
    const s = createSession();
    const error = await expectError(s.get(url), InvalidURL, message);
    expect(error.message.length).toBeGreaterThan(10);
    await s.close();
  });

  it('CR/LF in the URL is refused before any I/O', async () => {
    await using server = await echoTarget();
    const s = createSession();
    await expectRefused(server, s.get(`${server.url}/a\r\nX-Injected: 1`), InvalidURL, /control characters/);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a unicode host is IDNA-encoded on the wire (request target and Host)', async () => {
    await using proxy = await echoTarget();
    const s = createSession();
    const r = await s.get('http://bücher.example/straße', { proxies: { http: proxy.url } });
    expect(r.text).toBe('http://xn--bcher-kva.example/stra%C3%9Fe');
    expect(header(proxy.requests[0]!, 'host')).toBe('xn--bcher-kva.example');
    await checkRecovery(s, proxy, { keptAlive: 1 });
  });

  it('a unicode host whose label is too long for IDNA → InvalidURL "URL has an invalid label." (as Requests’ idna), before any I/O', async () => {
    const s = createSession();
    await expectError(s.get(`http://é${'a'.repeat(70)}.com/`), InvalidURL, /^URL has an invalid label\.$/);
    await s.close();
  });
});

describe('credentials in the URL', () => {
  it('http://user:pass@host → Basic auth; the userinfo never reaches the wire', async () => {
    await using server = await echoTarget();
    const s = createSession();
    const r = await s.get(`http://user:p%40ss@127.0.0.1:${server.port}/creds`);
    expect(r.text).toBe('/creds');
    const [request] = server.requests;
    expect(header(request!, 'authorization')).toBe(`Basic ${btoa('user:p@ss')}`);
    expect(header(request!, 'host')).toBe(`127.0.0.1:${server.port}`);
    expect(request!.head).not.toContain('p%40ss');
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('the password never appears in error messages or in an inspected error (messages name the URL through core’s redactUrl)', async () => {
    await using server = await startHostileServer({ '/silent': () => {} });
    const s = createSession();
    const timeout = await expectError(
      s.get(`http://user:hunter2@127.0.0.1:${server.port}/silent`, { timeout: 200 }),
      ReadTimeout,
      /Read timed out/,
    );
    // A port nothing listens on: the server's own, once it is closed.
    const closed = await startHostileServer({});
    const port = closed.port;
    await closed.close();
    const refused = await expectError(
      s.get(`http://user:hunter2@127.0.0.1:${port}/`),
      ConnectionError,
      /ECONNREFUSED/,
    );
    for (const error of [timeout, refused]) {
      expect(error.message).not.toContain('hunter2');
      expect(inspect(error, { depth: 4 })).not.toContain('hunter2');
      expect(String(error)).not.toContain('hunter2');
    }
    await checkRecovery(s, server);
  });
});

describe('headers and methods', () => {
  it.each([
    ['CR/LF in a value', { 'X-Test': 'a\r\nX-Injected: 1' }, /header value of "X-Test"/],
    ['a bare LF in a value', { 'X-Test': 'a\nb' }, /header value/],
    ['a NUL in a value', { 'X-Test': 'a\0b' }, /header value/],
    ['CR/LF in a name', { 'X-Test\r\nX-Injected': '1' }, /Invalid header name/],
    ['a space in a name', { 'X Test': '1' }, /Invalid header name/],
    ['a colon in a name', { 'X:Test': '1' }, /Invalid header name/],
    ['an empty name', { '': '1' }, /Invalid header name/],
    ['a number as value', { 'X-Test': 1 as unknown as string }, /must be a string/],
  ])('%s → InvalidHeader before any I/O', async (_name, headers, message) => {
    await using server = await echoTarget();
    const s = createSession();
    await expectRefused(server, s.get(`${server.url}/h`, { headers }), InvalidHeader, message);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a bad session header → InvalidHeader on every request, before any I/O', async () => {
    await using server = await echoTarget();
    const s = createSession();
    s.headers.update({ 'X-Session': 'a\r\nX-Injected: 1' });
    await expectRefused(server, s.get(`${server.url}/h`), InvalidHeader, /X-Session/);
    s.headers.delete('X-Session');
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it.each([
    ['a space', 'GE T'],
    ['a request line smuggled with CR/LF', 'GET /admin HTTP/1.1\r\nX:'],
    ['a trailing LF', 'GET\n'],
    ['a NUL', 'GET\0'],
  ])('a method with %s → InvalidHeader before any I/O', async (_name, method) => {
    await using server = await echoTarget();
    const s = createSession();
    await expectRefused(server, s.request(method, `${server.url}/m`), InvalidHeader, /Invalid method/);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a user Content-Length that disagrees with the body → InvalidHeader before any byte is sent', async () => {
    await using server = await echoTarget();
    const s = createSession();
    await expectRefused(
      server,
      s.post(`${server.url}/cl`, { data: 'short', headers: { 'Content-Length': '10' } }),
      InvalidHeader,
      /Content-Length.*10.*5/,
    );
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('params and data of unsupported types', () => {
  it.each([
    ['a number as data', 42],
    ['a boolean as data', true],
    ['a function as data', () => 'x'],
    ['a Date as data', new Date(0)],
  ])('%s → TypeError naming it, before any I/O', async (_name, data) => {
    await using server = await echoTarget();
    const s = createSession();
    await expectRefused(
      server,
      s.post(`${server.url}/d`, { data: data as unknown as RequestOptions['data'] }),
      TypeError,
      /Unsupported request data/,
    );
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it.each([
    ['a nested object in params', { params: { a: { b: 1 } } }],
    ['a symbol in params', { params: { a: Symbol('s') } }],
    ['a function in params', { params: { a: () => 1 } }],
    ['a number as params', { params: 42 }],
    ['a nested object in a form', { data: { a: { b: 1 } } }],
    ['a symbol in a form', { data: { a: Symbol('s') } }],
  ])(
    '%s → TypeError naming the field and the type, before any I/O (never "[object Object]" on the wire)',
    async (_name, options) => {
      await using server = await echoTarget();
      const s = createSession();
      await expectRefused(
        server,
        s.post(`${server.url}/p`, options as unknown as RequestOptions),
        TypeError,
        /^Unsupported (value for (params|form) field 'a': (object|symbol|function)|params: number)/,
      );
      await checkRecovery(s, server, { keptAlive: 1 });
    },
  );

  it('a Set as data → TypeError before any I/O, never "[object Set]" nor a ConnectionError (refused, not streamed as chunks)', async () => {
    await using server = await echoTarget();
    const s = createSession();
    const data = new Set(['a=b']) as unknown as RequestOptions['data'];
    await expectRefused(
      server,
      s.post(`${server.url}/set`, { data }),
      TypeError,
      /^Unsupported request data: Set \(stream the members of a Set with set\.values\(\)\)$/,
    );
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a Map as data is a form, as Requests encodes a Mapping (never "[object Map]" nor chunks)', async () => {
    await using server = await echoTarget();
    const s = createSession();
    const r = await s.post(`${server.url}/map`, { data: new Map([['a', 'b c']]) });
    expect(r.statusCode).toBe(200);
    expect(r.request.body).toBe('a=b+c');
    expect(r.request.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('a stream yielding a chunk that is not bytes or text → TypeError naming the chunk, as Requests', async () => {
    await using server = await echoTarget();
    const s = createSession();
    async function* chunks() {
      yield 'fine';
      yield 42 as unknown as string;
    }
    await expectError(s.post(`${server.url}/chunks`, { data: chunks() }), TypeError, /chunk/);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('json with NaN → InvalidJSONError before any I/O', async () => {
    await using server = await echoTarget();
    const s = createSession();
    await expectRefused(
      server,
      s.post(`${server.url}/j`, { json: { a: Number.NaN } }),
      InvalidJSONError,
      /NaN/,
    );
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('bodies that cannot be sent twice', () => {
  it.each([['307 Temporary Redirect'], ['308 Permanent Redirect']])(
    'a one-shot stream body answered with %s → UnrewindableBodyError, not re-sent',
    async (status) => {
      await using server = await startHostileServer({ '/upload': redirectTo('/again', status) });
      const s = createSession();
      const error = await expectError(
        s.post(`${server.url}/upload`, { data: Readable.from([Buffer.from('once')]) }),
        UnrewindableBodyError,
        /Unable to rewind request body/,
      );
      expect(error.request).toBeDefined();
      expect(server.requestsTo('/upload')[0]?.body.toString()).toBe('once');
      expect(server.requestsTo('/again')).toHaveLength(0);
      await checkRecovery(s, server, { keptAlive: 1 });
    },
  );

  it('a one-shot stream body answered with 303 → followed with GET and no body', async () => {
    await using server = await startHostileServer({
      '/upload': redirectTo('/ok', '303 See Other'),
    });
    const s = createSession();
    const r = await s.post(`${server.url}/upload`, { data: Readable.from([Buffer.from('once')]) });
    expect(r.text).toBe('ok');
    expect(server.requestsTo('/ok')[0]?.method).toBe('GET');
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('proxy URLs', () => {
  it('a proxy URL without a scheme is taken as http://, as Requests’ prepend_scheme_if_needed', async () => {
    await using proxy = await echoTarget();
    const s = createSession();
    const r = await s.get('http://example.invalid/path', { proxies: { http: `127.0.0.1:${proxy.port}` } });
    expect(r.text).toBe('http://example.invalid/path');
    await checkRecovery(s, proxy, { keptAlive: 1 });
  });

  it.each([['http://'], ['http://:8080'], ['socks5://']])(
    'a proxy URL without a host (%s) → InvalidProxyURL',
    async (proxyUrl) => {
      const s = createSession();
      await expectError(
        s.get('http://example.invalid/', { proxies: { http: proxyUrl } }),
        InvalidProxyURL,
        /Please check proxy URL\. It is malformed and could be missing the host\./,
      );
      await s.close();
    },
  );
});
