import type { Socket } from 'node:net';
import {
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  InvalidHeader,
  InvalidProxyURL,
  InvalidSchema,
  ReadTimeout,
} from '@reqs/core';
import { startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { prepare, rejection, send, sleep } from './helpers.js';

function causeCode(error: Error): unknown {
  return (error.cause as { code?: unknown } | undefined)?.code;
}

describe('connection errors', () => {
  it('a refused connection → ConnectionError with the cause', async () => {
    const server = await startRawServer(() => {});
    const url = `${server.url}/`;
    await server.close();
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', url)));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).not.toBeInstanceOf(ConnectTimeout);
    expect(causeCode(error)).toBe('ECONNREFUSED');
    expect(error.message).toContain(`GET ${url}`);
    expect((error as ConnectionError).request?.url).toBe(url);
    await adapter.close();
  });

  it('an unknown host → ConnectionError with the DNS cause', async () => {
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', 'http://host.invalid/')));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(['ENOTFOUND', 'EAI_AGAIN']).toContain(causeCode(error));
    await adapter.close();
  });

  it.each([
    ['two lines', 'Content-Length: 5\r\nContent-Length: 6'],
    ['one list', 'Content-Length: 5, 6'],
    [
      'the same value twice (llhttp refuses it too; Requests would take it)',
      'Content-Length: 5\r\nContent-Length: 5',
    ],
  ])(
    'a response with Content-Length repeated, %s → InvalidHeader (as urllib3), not ConnectionError',
    async (_name, lines) => {
      await using server = await startRawServer((socket: Socket) => {
        socket.once('data', () => socket.end(`HTTP/1.1 200 OK\r\n${lines}\r\n\r\nhello!`));
      });
      const adapter = new HTTPAdapter();
      const error = await rejection(send(adapter, prepare('GET', `${server.url}/`)));
      expect(error).toBeInstanceOf(InvalidHeader);
      expect(error).not.toBeInstanceOf(ConnectionError);
      expect(error.message).toMatch(/conflicting Content-Length \(sent twice, with unmatching values/);
      expect((error as InvalidHeader).request?.url).toBe(`${server.url}/`);
      await adapter.close();
    },
  );

  it('a scheme the adapter does not speak → InvalidSchema', async () => {
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', 'ftp://example.com/file')));
    expect(error).toBeInstanceOf(InvalidSchema);
    await adapter.close();
  });

  it.each(['ftp://proxy:21', 'http://', 'http://:8080'])('proxy URL %j → InvalidProxyURL', async (proxy) => {
    const adapter = new HTTPAdapter();
    const error = await rejection(
      send(adapter, prepare('GET', 'http://example.com/'), { proxies: { http: proxy } }),
    );
    expect(error).toBeInstanceOf(InvalidProxyURL);
    await adapter.close();
  });
});

describe('a streamed body that fails before anyone reads it', () => {
  const start = 'HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial';

  /** Sends, makes the unread body fail with `breakIt` once the headers are in, returns what read() throws. */
  async function failedUnread(
    options: Parameters<typeof send>[2],
    breakIt: (socket: Socket) => void,
  ): Promise<Error> {
    let serverSide: Socket | null = null;
    await using server = await startRawServer((socket) => {
      serverSide = socket;
      socket.once('data', () => socket.write(start));
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await send(adapter, prepare('GET', `${server.url}/`), options);
      breakIt(serverSide!);
      const deadline = Date.now() + 3000;
      while (!response.raw?.destroyed && Date.now() < deadline) await sleep(10);
      expect(response.raw?.destroyed).toBe(true);
      // No unheard 'error' event crashed the process meanwhile: the error waits for read().
      return await rejection(response.read());
    } finally {
      await adapter.close();
    }
  }

  it('a total deadline → ReadTimeout from read()', async () => {
    const error = await failedUnread({ timeout: { total: 600 } }, () => {});
    expect(error).toBeInstanceOf(ReadTimeout);
  });

  it('a reset → ChunkedEncodingError from read()', async () => {
    const error = await failedUnread({}, (socket) => socket.resetAndDestroy());
    expect(error).toBeInstanceOf(ChunkedEncodingError);
  });

  it("an aborted signal → the signal's reason from read()", async () => {
    const reason = new Error('user gave up');
    const controller = new AbortController();
    const error = await failedUnread({ signal: controller.signal }, () => controller.abort(reason));
    expect(error).toBe(reason);
  });
});
