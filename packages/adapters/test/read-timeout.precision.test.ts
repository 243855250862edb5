import { ReadTimeout } from '@reqs/core';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send, timed } from './helpers.js';

const HEAD = 'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n';

// The precision suite: tight time bounds that hold only on an idle machine, so it runs only
// with REQS_TEST_PRECISION=1 (vitest.shared.ts excludes *.precision.test.ts otherwise). The
// default suites check the same behaviour with bounds that survive a loaded machine.
//
// Read timeouts are checked on one timer per connection, in eighths of the timeout (every
// millisecond under 8 ms), so a timeout fires at most an eighth (+ scheduling) after it is due.
describe('read-timeout precision (idle machine only)', () => {
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

  it('silence after some bytes trips it within about +100 ms of the timeout', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n');
        let sent = 0;
        const timer = setInterval(() => {
          if (socket.destroyed || sent === 3) return clearInterval(timer);
          socket.write('x');
          sent += 1;
        }, 100);
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await send(adapter, prepare('GET', `${server.url}/`), { timeout: 500 });
      const [error, ms] = await timed(rejection(response.read()));
      expect(error).toBeInstanceOf(ReadTimeout);
      // Three bytes 100 ms apart, then 500 ms of silence.
      expect(ms).toBeGreaterThanOrEqual(300 + 490);
      expect(ms).toBeLessThan(300 + 500 + 100 + 150);
    } finally {
      await adapter.close();
    }
  });

  it('silence right after the headers trips it within about +100 ms of the timeout', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n'));
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await send(adapter, prepare('GET', `${server.url}/`), { timeout: 300 });
      const [error, ms] = await timed(rejection(response.read()));
      expect(error).toBeInstanceOf(ReadTimeout);
      expect(ms).toBeGreaterThanOrEqual(280);
      expect(ms).toBeLessThan(300 + 100 + 100);
    } finally {
      await adapter.close();
    }
  });
});
