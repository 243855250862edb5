// Credentials in a URL never reach an error message (issue #9, gap 5).
import { inspect } from 'node:util';
import {
  ConnectionError,
  InvalidProxyURL,
  InvalidSchema,
  ProxyError,
  ReadTimeout,
  RetryError,
} from '@reqs/core';
import { startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { Retry } from '../src/retry.js';
import { prepare, rejection, send } from './helpers.js';

const SECRET = 'hunter2';

/** The message, `String()` and a deep `inspect` of `error` are all free of the password. */
function expectRedacted(error: Error): void {
  expect(error.message).not.toContain(SECRET);
  expect(String(error)).not.toContain(SECRET);
  expect(inspect(error, { depth: 4 })).not.toContain(SECRET);
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = await startRawServer(() => {});
  const port = server.port;
  await server.close();
  return port;
}

describe('no password from the URL in error messages', () => {
  it('a refused connection names the URL without its userinfo', async () => {
    const port = await closedPort();
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', `http://user:${SECRET}@127.0.0.1:${port}/x`)));
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toContain(`(GET http://127.0.0.1:${port}/x)`);
    expectRedacted(error);
    await adapter.close();
  });

  it('a read timeout before the headers', async () => {
    await using server = await startRawServer(() => {});
    const adapter = new HTTPAdapter();
    const url = `http://user:${SECRET}@127.0.0.1:${server.port}/slow`;
    const error = await rejection(send(adapter, prepare('GET', url), { timeout: 100 }));
    expect(error).toBeInstanceOf(ReadTimeout);
    expect(error.message).toContain(`(GET http://127.0.0.1:${server.port}/slow)`);
    expectRedacted(error);
    await adapter.close();
  });

  it('the total deadline', async () => {
    await using server = await startRawServer(() => {});
    const adapter = new HTTPAdapter();
    const url = `http://user:${SECRET}@127.0.0.1:${server.port}/slow`;
    const error = await rejection(send(adapter, prepare('GET', url), { timeout: { total: 100 } }));
    expect(error).toBeInstanceOf(ReadTimeout);
    expect(error.message).toMatch(/total timeout=100 ms/);
    expectRedacted(error);
    await adapter.close();
  });

  it('a body cut short', async () => {
    await using server = await startRawServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'));
    });
    const adapter = new HTTPAdapter();
    const url = `http://user:${SECRET}@127.0.0.1:${server.port}/cut`;
    const response = await send(adapter, prepare('GET', url));
    const error = await rejection(response.read());
    expect(error.message).toContain(`http://127.0.0.1:${server.port}/cut`);
    expectRedacted(error);
    await adapter.close();
  });

  it('an unreachable proxy with credentials', async () => {
    const port = await closedPort();
    const adapter = new HTTPAdapter();
    const error = await rejection(
      send(adapter, prepare('GET', `http://user:${SECRET}@example.com/`), {
        proxies: { http: `http://proxyuser:${SECRET}@127.0.0.1:${port}` },
      }),
    );
    expect(error).toBeInstanceOf(ProxyError);
    expectRedacted(error);
    await adapter.close();
  });

  it.each([`ftp://user:${SECRET}@127.0.0.1/`, `http://user:${SECRET}@`])(
    'a malformed proxy URL %s',
    async (proxy) => {
      const adapter = new HTTPAdapter();
      const error = await rejection(
        send(adapter, prepare('GET', 'http://example.com/'), { proxies: { http: proxy } }),
      );
      expect(error).toBeInstanceOf(InvalidProxyURL);
      expect(error.message).toMatch(
        /^Please check proxy URL\. It is malformed and could be missing the host\./,
      );
      expectRedacted(error);
      await adapter.close();
    },
  );

  it('a scheme no adapter speaks', async () => {
    const adapter = new HTTPAdapter();
    const error = await rejection(send(adapter, prepare('GET', `ftp://user:${SECRET}@example.com/f`)));
    expect(error).toBeInstanceOf(InvalidSchema);
    expect(error.message).toContain('ftp://example.com/f');
    expectRedacted(error);
    await adapter.close();
  });

  it('retries exhausted on status', async () => {
    await using server = await startRawServer((socket) => {
      socket.on('data', () => socket.write('HTTP/1.1 503 Busy\r\nContent-Length: 0\r\n\r\n'));
    });
    const adapter = new HTTPAdapter({ maxRetries: new Retry({ total: 1, statusForcelist: [503] }) });
    const url = `http://user:${SECRET}@127.0.0.1:${server.port}/busy`;
    const error = await rejection(send(adapter, prepare('GET', url)));
    expect(error).toBeInstanceOf(RetryError);
    expect(error.message).toContain(`http://127.0.0.1:${server.port}/busy`);
    expectRedacted(error);
    await adapter.close();
  });
});
