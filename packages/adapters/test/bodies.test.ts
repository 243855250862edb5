import { Readable } from 'node:stream';
import { ConnectionError, RequestException } from '@reqs/core';
import { startServer } from '@reqs/httpbin';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send, sleep } from './helpers.js';

type Echo = { data: string; headers: Record<string, string> };

describe('request bodies', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const adapter = new HTTPAdapter();
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await adapter.close();
    await server.close();
  });

  async function echo(data: unknown): Promise<Echo> {
    const request = prepare('POST', `${server.url}/anything`, { data: data as never });
    const response = await fetchAll(adapter, request);
    expect(response.statusCode).toBe(200);
    return response.json<Echo>();
  }

  it.each([
    ['a string', 'hello body', '10'],
    ['bytes', new TextEncoder().encode('hello bytes'), '11'],
    ['a Blob', new Blob(['hello blob']), '10'],
  ])('sends %s with Content-Length', async (_name, data, length) => {
    const body = await echo(data);
    expect(body.headers['Content-Length']).toBe(length);
    expect(body.headers['Transfer-Encoding']).toBeUndefined();
    expect(body.data).toMatch(/^hello (body|bytes|blob)$/);
  });

  it.each([
    ['a Node Readable', () => Readable.from([Buffer.from('hello '), Buffer.from('stream')])],
    ['a web ReadableStream', () => new Blob(['hello stream']).stream()],
    [
      'an async iterable',
      () =>
        (async function* () {
          yield 'hello ';
          yield new TextEncoder().encode('stream');
        })(),
    ],
  ])('streams %s chunked', async (_name, make) => {
    const body = await echo(make());
    expect(body.headers['Transfer-Encoding']).toBe('chunked');
    expect(body.headers['Content-Length']).toBeUndefined();
    expect(body.data).toBe('hello stream');
  });

  it('sends a (sync) iterable of chunks', async () => {
    const chunks = (function* () {
      yield new TextEncoder().encode('hello ');
      yield 'chunks';
    })();
    const body = await echo(chunks);
    expect(body.data).toBe('hello chunks');
  });

  it('sends the body at once with Expect: 100-continue (the header is not sent: undici has none on HTTP/1.1)', async () => {
    const request = prepare('POST', `${server.url}/anything`, {
      data: 'after continue',
      headers: { Expect: '100-continue' },
    });
    const body = (await fetchAll(adapter, request)).json<Echo>();
    expect(body.headers.Expect).toBeUndefined();
    expect(body.data).toBe('after continue');
  });

  it('sends a stream with the Content-Length the request set', async () => {
    const request = prepare('PUT', `${server.url}/anything`, {
      data: Readable.from([Buffer.from('12345')]) as never,
      headers: { 'Content-Length': '5' },
    });
    const body = (await fetchAll(adapter, request)).json<Echo>();
    expect(body.headers['Content-Length']).toBe('5');
    expect(body.headers['Transfer-Encoding']).toBeUndefined();
    expect(body.data).toBe('12345');
  });
});

describe('a request body that yields something other than bytes (issue #9, gap 8)', () => {
  async function* chunks() {
    yield 'fine';
    yield 42 as unknown as string;
  }

  it.each([
    ['an async iterable', () => chunks()],
    ['a web ReadableStream', () => ReadableStream.from(chunks())],
  ])('%s → the stream’s own TypeError, not a ConnectionError', async (_name, make) => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => {});
    });
    const adapter = new HTTPAdapter();
    try {
      const request = prepare('POST', `${server.url}/`, { data: make() as never });
      const error = await rejection(send(adapter, request));
      expect(error).toBeInstanceOf(TypeError);
      expect(error).not.toBeInstanceOf(RequestException);
      expect(error.message).toMatch(/chunk/);
      // The connection is not reused: the half-sent request is gone with it.
      const deadline = Date.now() + 5_000;
      while (server.openConnections > 0 && Date.now() < deadline) await sleep(10);
      expect(server.openConnections).toBe(0);
    } finally {
      await adapter.close();
    }
  });

  it('other failures of the request body stay transport errors', async () => {
    await using server = await startRawServer((socket) => {
      socket.once('data', () => socket.destroy());
    });
    const adapter = new HTTPAdapter();
    try {
      const slow = new Readable({ read() {} });
      slow.push('start');
      const request = prepare('POST', `${server.url}/`, { data: slow as never });
      const error = await rejection(send(adapter, request));
      expect(error).toBeInstanceOf(ConnectionError);
    } finally {
      await adapter.close();
    }
  });
});

describe('response building', () => {
  it('keeps the reason phrase, header case, repeated headers and latin-1 bytes', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => {
        socket.write(
          Buffer.concat([
            Buffer.from(
              'HTTP/1.1 201 Fine Indeed\r\nX-Custom-Case: a\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n',
            ),
            Buffer.from('X-Latin: caf'),
            Buffer.from([0xe9]),
            Buffer.from('\r\nContent-Length: 2\r\n\r\nok'),
          ]),
        );
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(response.statusCode).toBe(201);
      expect(response.reason).toBe('Fine Indeed');
      expect([...response.headers.keys()]).toContain('X-Custom-Case');
      expect(response.headers.getAll('set-cookie')).toEqual(['a=1', 'b=2']);
      expect(response.headers.get('Set-Cookie')).toBe('a=1, b=2');
      expect(response.headers.get('x-latin')).toBe('café');
      expect(new TextDecoder().decode(response.content)).toBe('ok');
    } finally {
      await adapter.close();
    }
  });

  it.each([
    ['HEAD', 200, 'Content-Length: 10\r\n'],
    ['GET', 204, 'Content-Length: 10\r\n'],
    ['GET', 304, 'Content-Length: 10\r\nContent-Encoding: gzip\r\n'],
  ])('%s answered %i has an empty body', async (method, status, headers) => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => socket.write(`HTTP/1.1 ${status} X\r\n${headers}\r\n`));
    });
    const adapter = new HTTPAdapter();
    try {
      for (let i = 0; i < 2; i++) {
        const response = await fetchAll(adapter, prepare(method, `${server.url}/`));
        expect(response.statusCode).toBe(status);
        expect(response.content.byteLength).toBe(0);
      }
    } finally {
      await adapter.close();
    }
  });

  it('skips 1xx informational responses', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => {
        socket.write('HTTP/1.1 103 Early Hints\r\nLink: </a.css>\r\n\r\n');
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\ndone');
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(response.statusCode).toBe(200);
      expect(response.headers.has('link')).toBe(false);
    } finally {
      await adapter.close();
    }
  });
});
