import { ReadTimeout } from '@reqs/core';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send } from './helpers.js';

const HEAD = 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n';

async function timed<T>(promise: Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await promise;
  return [value, performance.now() - started];
}

// Read timeouts are checked on one timer per connection, in eighths of the timeout (every
// millisecond under 8 ms); the bounds below leave room for a loaded machine.
describe('read-timeout checks', () => {
  it('a short read timeout (20 ms) fires soon after it, before the headers and in the body', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(({ head }) => {
        if (head.includes('/body')) socket.write(`${HEAD}half`);
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const [headers, headersMs] = await timed(
        rejection(send(adapter, prepare('GET', `${server.url}/silent`), { timeout: [1_000, 20] })),
      );
      expect(headers).toBeInstanceOf(ReadTimeout);
      expect(headersMs).toBeGreaterThanOrEqual(19);
      expect(headersMs).toBeLessThan(250);
      const [body, bodyMs] = await timed(
        rejection(fetchAll(adapter, prepare('GET', `${server.url}/body`), { timeout: [1_000, 20] })),
      );
      expect(body).toBeInstanceOf(ReadTimeout);
      expect(bodyMs).toBeGreaterThanOrEqual(19);
      expect(bodyMs).toBeLessThan(250);
    } finally {
      await adapter.close();
    }
  });

  it('one connection serves exchange after exchange with the same timer, each timed on its own', async () => {
    let n = 0;
    await using server = await startRawServer((socket) => {
      const answer = () =>
        void readRequestHead(socket).then(() => {
          n += 1;
          // The third request is never answered.
          if (n < 3) {
            socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
            answer();
          }
        });
      answer();
    });
    const adapter = new HTTPAdapter();
    try {
      for (let i = 0; i < 2; i++) {
        const r = await fetchAll(adapter, prepare('GET', `${server.url}/`), { timeout: [1_000, 100] });
        expect(r.statusCode).toBe(200);
      }
      // Longer than the timeout since the first exchange began: only silence counts.
      const [error, ms] = await timed(
        rejection(send(adapter, prepare('GET', `${server.url}/`), { timeout: [1_000, 100] })),
      );
      expect(error).toBeInstanceOf(ReadTimeout);
      expect(ms).toBeGreaterThanOrEqual(99);
      expect(ms).toBeLessThan(600);
      expect(server.openConnections).toBeLessThanOrEqual(1);
    } finally {
      await adapter.close();
    }
  });
});
