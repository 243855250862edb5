// A kept-alive connection the server has just closed: the next request on it must not fail.
// urllib3 checks a pooled connection for a drop before reusing it; Node cannot poll a socket,
// so the adapter sends an idempotent request once more on a fresh connection instead.
import { ConnectionError } from '@reqs/core';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection } from './helpers.js';

/** Answers one request per connection, then closes it without saying `Connection: close`. */
function answeringOncePerConnection() {
  let requests = 0;
  const server = startRawServer((socket) => {
    void readRequestHead(socket).then(() => {
      requests += 1;
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    });
  });
  return { server, requests: () => requests };
}

describe('a kept-alive connection closed by the server', () => {
  it('an idempotent request on it is sent again on a fresh connection', async () => {
    const { server: starting, requests } = answeringOncePerConnection();
    await using server = await starting;
    const adapter = new HTTPAdapter();
    try {
      for (let i = 0; i < 20; i++) {
        const response = await fetchAll(adapter, prepare('GET', `${server.url}/${i}`));
        expect(new TextDecoder().decode(response.content)).toBe('ok');
      }
      expect(requests()).toBeGreaterThanOrEqual(20);
    } finally {
      await adapter.close();
    }
  });

  it.each([
    ['GET', 200, 3],
    ['POST', null, 2],
  ] as const)(
    'the server hangs up after reading a %s on a reused connection',
    async (method, status, received) => {
      // First request on a connection: answered, kept alive. Second: read, counted, no answer.
      let requests = 0;
      await using server = await startRawServer((socket) => {
        let onThisConnection = 0;
        const next = (): void => {
          void readRequestHead(socket).then(({ rest }) => {
            requests += 1;
            onThisConnection += 1;
            if (onThisConnection > 1) return void socket.destroy();
            socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
            if (rest.length === 0) next();
          });
        };
        next();
      });
      const adapter = new HTTPAdapter();
      try {
        await fetchAll(adapter, prepare(method, `${server.url}/first`));
        const second = fetchAll(adapter, prepare(method, `${server.url}/second`));
        if (status === null) expect(await rejection(second)).toBeInstanceOf(ConnectionError);
        else expect((await second).statusCode).toBe(status);
        // A GET is sent once more on a fresh connection; a POST never twice.
        expect(requests).toBe(received);
      } finally {
        await adapter.close();
      }
    },
  );

  it('a server that hangs up on every reused connection: one re-send, then the error', async () => {
    let requests = 0;
    await using server = await startRawServer((socket) => {
      const next = (): void => {
        void readRequestHead(socket).then(() => {
          requests += 1;
          // Answers the very first request only; every later one is read and dropped.
          if (requests > 1) return void socket.destroy();
          socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
          next();
        });
      };
      next();
    });
    const adapter = new HTTPAdapter();
    try {
      await fetchAll(adapter, prepare('GET', `${server.url}/first`));
      expect(await rejection(fetchAll(adapter, prepare('GET', `${server.url}/again`)))).toBeInstanceOf(
        ConnectionError,
      );
      expect(requests).toBe(3);
    } finally {
      await adapter.close();
    }
  });
});
