// The whole reqs stack runs over the mock for real: cookies, redirects, auth, streaming, decoding, timeouts, hooks.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { HTTPDigestAuth } from '@reqs/auth';
import { ContentDecodingError, ReadTimeout, type Response, StreamConsumedError, Timeout } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { mockSession, rejection } from './helpers.js';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('cookies', () => {
  it('repeated Set-Cookie lines land in the jar and go out on the next request', async () => {
    const { session, mock } = mockSession();
    mock.get('https://shop.test/login', {
      headers: [
        ['Set-Cookie', 'sid=abc; Path=/'],
        ['Content-Type', 'text/plain'],
        ['Set-Cookie', 'theme=dark; Path=/'],
      ],
      text: 'welcome',
    });
    const cart = mock.get('https://shop.test/cart', { json: [] }, { headers: { cookie: /sid=abc/ } });
    const login = await session.get('https://shop.test/login');
    expect(login.headers.getAll('set-cookie')).toEqual(['sid=abc; Path=/', 'theme=dark; Path=/']);
    expect(session.cookies.get('sid')).toBe('abc');
    expect(login.cookies.get('theme')).toBe('dark');
    await session.get('https://shop.test/cart');
    expect(cart.calls[0]?.request.headers.get('cookie')).toBe('sid=abc; theme=dark');
  });
});

describe('redirects', () => {
  it('are followed with history; 303 turns POST into GET; cookies set on a hop are sent on the next', async () => {
    const { session, mock } = mockSession();
    mock.post('https://api.test/orders', {
      status: 303,
      headers: { Location: '/orders/1', 'Set-Cookie': 'o=1' },
    });
    mock.get('https://api.test/orders/1', { status: 301, headers: { Location: 'https://www.api.test/o/1' } });
    const final = mock.get('https://www.api.test/o/1', { json: { id: 1 } });
    const r = await session.post('https://api.test/orders', { json: { item: 'x' } });
    expect(r.statusCode).toBe(200);
    expect(r.url).toBe('https://www.api.test/o/1');
    expect(r.history.map((h) => [h.statusCode, h.url])).toEqual([
      [303, 'https://api.test/orders'],
      [301, 'https://api.test/orders/1'],
    ]);
    expect(mock.calls.map((c) => c.request.method)).toEqual(['POST', 'GET', 'GET']);
    expect(mock.calls[1]?.request.headers.get('cookie')).toBe('o=1');
    expect(final.calls[0]?.request.body).toBeNull();
  });

  it('allowRedirects: false gives the redirect with response.next', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/a', { status: 302, headers: { Location: '/b' } });
    const r = await session.get('https://api.test/a', { allowRedirects: false });
    expect(r.isRedirect).toBe(true);
    expect(r.next?.url).toBe('https://api.test/b');
  });
});

describe('HTTPDigestAuth answers a mocked challenge', () => {
  it('401 with a Digest challenge, then 200 for the right response hash', async () => {
    const { session, mock } = mockSession();
    const challenge = 'Digest realm="api", nonce="n0nce", qop="auth", algorithm=MD5, opaque="op"';
    mock.get(
      'https://api.test/secret',
      { status: 401, headers: { 'WWW-Authenticate': challenge } },
      {
        headers: { authorization: null },
      },
    );
    const ok = mock.get(
      'https://api.test/secret',
      { json: { ok: true } },
      { headers: { authorization: /^Digest / } },
    );
    const r = await session.get('https://api.test/secret', { auth: new HTTPDigestAuth('ann', 'pw') });
    expect(r.statusCode).toBe(200);
    expect(r.history.map((h) => h.statusCode)).toEqual([401]);
    const header = ok.calls[0]!.request.headers.get('authorization')!;
    const param = (name: string) => new RegExp(`${name}="?([^",]+)"?`).exec(header)?.[1];
    const ha1 = md5('ann:api:pw');
    const ha2 = md5('GET:/secret');
    expect(param('response')).toBe(md5(`${ha1}:n0nce:${param('nc')}:${param('cnonce')}:auth:${ha2}`));
    expect(param('opaque')).toBe('op');
  });
});

describe('streaming', () => {
  it('stream: true hands chunks over as the mocked stream yields them', async () => {
    const { session, mock } = mockSession();
    const events: string[] = [];
    mock.get('https://api.test/feed', () => ({
      headers: { 'Content-Type': 'text/plain' },
      body: (async function* () {
        for (const line of ['one\n', 'two\n', 'three\n']) {
          events.push(`produce ${line.trim()}`);
          yield line;
        }
      })(),
    }));
    const r = await session.get('https://api.test/feed', { stream: true });
    expect(events).toEqual([]);
    for await (const chunk of r.iterContent(null, true)) events.push(`consume ${chunk.trim()}`);
    expect(events).toEqual([
      'produce one',
      'consume one',
      'produce two',
      'consume two',
      'produce three',
      'consume three',
    ]);
  });

  it('a Node Readable and a web ReadableStream as bodies; read() after stream: true', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/node', () => ({
      body: Readable.from([Buffer.from('ab'), Buffer.from('cd')]),
    }));
    mock.get('https://api.test/web', () => ({
      body: new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('web'));
          controller.close();
        },
      }),
    }));
    expect((await session.get('https://api.test/node')).text).toBe('abcd');
    const r = await session.get('https://api.test/web', { stream: true });
    expect(new TextDecoder().decode(await r.read())).toBe('web');
  });

  it('raw of a plain body is a Node Readable of its bytes with stream: true', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/plain', { text: 'plain bytes' });
    const r = await session.get('https://api.test/plain', { stream: true });
    const chunks: Buffer[] = [];
    for await (const chunk of r.raw!) chunks.push(Buffer.from(chunk as Uint8Array));
    expect(Buffer.concat(chunks).toString()).toBe('plain bytes');
  });

  it('raw is the undecoded body with stream: true', async () => {
    const { session, mock } = mockSession();
    const gz = gzipSync('hello');
    mock.get('https://api.test/gz', { headers: { 'Content-Encoding': 'gzip' }, body: gz });
    const r = await session.get('https://api.test/gz', { stream: true });
    const chunks: Buffer[] = [];
    for await (const chunk of r.raw!) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(gz)).toBe(true);
    await expect(r.read()).rejects.toThrow(StreamConsumedError);
  });
});

describe('decoding', () => {
  const json = JSON.stringify({ hello: 'world', n: [1, 2, 3] });

  it.each([
    ['gzip', gzipSync(json)],
    ['x-gzip', gzipSync(json)],
    ['deflate', deflateSync(json)],
    ['deflate', deflateRawSync(json)],
    ['br', brotliCompressSync(json)],
    ['gzip, br', brotliCompressSync(gzipSync(json))],
  ])('a %s body is decoded', async (coding, body) => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/z', {
      headers: { 'Content-Encoding': coding, 'Content-Type': 'application/json' },
      body,
    });
    const r = await session.get('https://api.test/z');
    expect(r.json()).toEqual(JSON.parse(json));
    expect(r.headers.get('content-encoding')).toBe(coding);
  });

  it('a streamed gzip body is decoded as it streams', async () => {
    const { session, mock } = mockSession();
    const gz = gzipSync('x'.repeat(100_000));
    mock.get('https://api.test/z', () => ({
      headers: { 'Content-Encoding': 'gzip' },
      body: Readable.from([gz.subarray(0, 10), gz.subarray(10)]),
    }));
    const r = await session.get('https://api.test/z', { stream: true });
    let total = 0;
    for await (const chunk of r.iterContent()) total += chunk.byteLength;
    expect(total).toBe(100_000);
  });

  it('a damaged gzip body fails with ContentDecodingError, whole or streamed', async () => {
    const { session, mock } = mockSession();
    const broken = gzipSync('hello world').subarray(0, 12);
    mock.get('https://api.test/whole', { headers: { 'Content-Encoding': 'gzip' }, body: broken });
    mock.get('https://api.test/streamed', () => ({
      headers: { 'Content-Encoding': 'gzip' },
      body: Readable.from([broken]),
    }));
    await expect(session.get('https://api.test/whole')).rejects.toThrow(ContentDecodingError);
    await expect(session.get('https://api.test/streamed')).rejects.toThrow(ContentDecodingError);
  });

  it('an unknown coding is left undecoded, as HTTPAdapter does', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/z', { headers: { 'Content-Encoding': 'compress' }, text: 'as is' });
    expect((await session.get('https://api.test/z')).text).toBe('as is');
  });
});

describe('content read whole', () => {
  it('is one buffer of exactly its length, a copy of its own: changing it leaves the route and the next response alone', async () => {
    const { session, mock } = mockSession();
    const body = new Uint8Array([1, 2, 3, 4, 5]);
    mock.get('https://api.test/bytes', { body }, { persist: true });
    const gz = gzipSync('decoded '.repeat(1000));
    mock.get('https://api.test/gz', { headers: { 'Content-Encoding': 'gzip' }, body: gz });
    const first = await session.get('https://api.test/bytes');
    const content = first.content!;
    expect([content.byteOffset, content.byteLength, content.buffer.byteLength]).toEqual([0, 5, 5]);
    content[0] = 99;
    expect(body[0]).toBe(1);
    expect([...(await session.get('https://api.test/bytes')).content!]).toEqual([1, 2, 3, 4, 5]);
    const decoded = (await session.get('https://api.test/gz')).content!;
    expect([decoded.byteOffset, decoded.byteLength, decoded.buffer.byteLength]).toEqual([0, 8000, 8000]);
  });
});

describe('timeouts and abort signals', () => {
  it('a delay longer than the read timeout fails with ReadTimeout after the timeout', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/slow', { delay: 5_000, text: 'late' });
    mock.get('https://api.test/late', { delay: 30, text: 'late' });
    const started = performance.now();
    const error = await rejection(session.get('https://api.test/slow', { timeout: 50 }));
    expect(error).toBeInstanceOf(ReadTimeout);
    expect(error.message).toBe('Read timed out. (read timeout=50 ms) (GET https://api.test/slow)');
    expect(performance.now() - started).toBeLessThan(3 * 5_000);
    // Within the timeout, the delayed answer arrives.
    expect((await session.get('https://api.test/late', { timeout: 2_000 })).text).toBe('late');
  });

  it('silence between streamed chunks longer than the read timeout fails the body with ReadTimeout', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/drip', () => ({
      body: (async function* () {
        yield 'first';
        await new Promise((resolve) => setTimeout(resolve, 5_000));
        yield 'never';
      })(),
    }));
    const r = await session.get('https://api.test/drip', { stream: true, timeout: 50 });
    const chunks: string[] = [];
    const error = await rejection(
      (async () => {
        for await (const chunk of r.iterContent(null, true)) chunks.push(chunk);
      })(),
    );
    expect(chunks).toEqual(['first']);
    expect(error).toBeInstanceOf(ReadTimeout);
  });

  it('timeout.total is one deadline over the delays of a redirect chain', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/a', { delay: 40, status: 302, headers: { Location: '/b' } });
    mock.get('https://api.test/b', { delay: 5_000, text: 'b' });
    const error = await rejection(session.get('https://api.test/a', { timeout: { total: 100 } }));
    expect(error).toBeInstanceOf(Timeout);
    expect(error.message).toContain('Total timeout of 100 ms exceeded');
  });

  it('an abort signal rejects with its reason, before or during the delay', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/slow', { delay: 5_000, text: 'late' });
    const reason = new Error('user cancelled');
    const controller = new AbortController();
    setTimeout(() => controller.abort(reason), 20);
    expect(await rejection(session.get('https://api.test/slow', { signal: controller.signal }))).toBe(reason);
    expect(await rejection(session.get('https://api.test/slow', { signal: AbortSignal.abort(reason) }))).toBe(
      reason,
    );
  });
});

describe('hooks, errors and reading', () => {
  it('session and request hooks run on mocked responses; a hook can replace the response', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/x', { status: 500, text: 'boom' });
    mock.get('https://api.test/fallback', { text: 'fallback' });
    const seen: string[] = [];
    session.hooks.response.push((r: Response) => {
      seen.push(`session ${r.statusCode}`);
    });
    const r = await session.get('https://api.test/x', {
      hooks: {
        response: async (response: Response) => {
          seen.push(`request ${response.text}`);
          return response.statusCode === 500 ? session.get('https://api.test/fallback') : undefined;
        },
      },
    });
    expect(r.text).toBe('fallback');
    expect(seen).toEqual(['session 500', 'request boom', 'session 200']);
  });

  it('request-side hooks: preSend signs the request the route matches on; error recovers from NoMockAddress', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/signed', { text: 'signed' }, { headers: { 'x-signature': 'abc' } });
    const { Response: CoreResponse } = await import('@reqs/core');
    const seen: string[] = [];
    const r = await session.get('https://api.test/signed', {
      hooks: {
        preSend: (prepared) => {
          prepared.headers.set('X-Signature', 'abc');
        },
        postRequest: (prepared, response) => {
          seen.push(`${prepared.method} ${response.statusCode}`);
        },
      },
    });
    expect(r.text).toBe('signed');
    expect(seen).toEqual(['GET 200']);
    const offline = new CoreResponse();
    offline.statusCode = 299;
    offline.content = new TextEncoder().encode('from cache');
    const recovered = await session.get('https://api.test/unknown', {
      hooks: {
        error: (error) => (error instanceof Error && error.name === 'NoMockAddress' ? offline : undefined),
      },
    });
    expect(recovered.text).toBe('from cache');
  });

  it('a mocked error is thrown as given, tied to the request', async () => {
    const { ConnectionError } = await import('@reqs/core');
    const { session, mock } = mockSession();
    const refused = new ConnectionError('refused');
    mock.get('https://api.test/down', { error: refused });
    const error = await rejection(session.get('https://api.test/down'));
    expect(error).toBe(refused);
    expect(refused.request?.url).toBe('https://api.test/down');
    expect(mock.calls[0]?.error).toBe(refused);
  });

  it('status, reason, text/json defaults, raiseForStatus, HEAD without a body', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/teapot', { status: 418, reason: "I'm a little teapot", json: { t: 1 } });
    mock.get('https://api.test/text', { text: 'héllo' });
    mock.head('https://api.test/text', { text: 'ignored for HEAD' });
    const teapot = await session.get('https://api.test/teapot');
    expect([teapot.statusCode, teapot.reason, teapot.headers.get('content-type')]).toEqual([
      418,
      "I'm a little teapot",
      'application/json',
    ]);
    expect(() => teapot.raiseForStatus()).toThrow(
      "418 Client Error: I'm a little teapot for url: https://api.test/teapot",
    );
    const text = await session.get('https://api.test/text');
    expect([text.text, text.encoding]).toEqual(['héllo', 'utf-8']);
    expect((await session.head('https://api.test/text')).content.byteLength).toBe(0);
    expect(teapot.elapsed).toBeGreaterThanOrEqual(0);
    expect(teapot.connection).toBe(mock);
  });

  it('an async responder sees the prepared request; its answers are checked like static ones', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/echo', async (prepared) => ({ json: { got: prepared.headers['x-a'] } }));
    // @ts-expect-error a misspelt key from a responder
    mock.get('https://api.test/bad', () => ({ jsn: 1 }));
    expect((await session.get('https://api.test/echo', { headers: { 'X-A': '1' } })).json()).toEqual({
      got: '1',
    });
    await expect(session.get('https://api.test/bad')).rejects.toThrow(/Unknown mock response key "jsn"/);
  });

  it('each response gets content of its own, even from a shared body', async () => {
    const { session, mock } = mockSession();
    const body = new Uint8Array([1, 2, 3]);
    mock.get('https://api.test/b', { body });
    const a = await session.get('https://api.test/b');
    a.content[0] = 9;
    expect([...(await session.get('https://api.test/b')).content]).toEqual([1, 2, 3]);
  });
});
