import type { Socket } from 'node:net';
import { ConnectionError, ConnectTimeout, ReadTimeout, Timeout } from '@reqs/core';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send, timed } from './helpers.js';

/** Writes `bytes` one at a time every `interval` ms, then `after`. */
function drip(socket: Socket, bytes: string, interval: number, after = ''): void {
  let i = 0;
  const timer = setInterval(() => {
    if (socket.destroyed) return clearInterval(timer);
    if (i < bytes.length) socket.write(bytes[i++]!);
    else {
      clearInterval(timer);
      if (after) socket.write(after);
    }
  }, interval);
  socket.on('close', () => clearInterval(timer));
}

// Every bound here holds on a loaded machine (REQS_TEST_STALL=1 blocks the event loop 300 ms
// every 700 ms, and the CPU is shared): an upper bound is 3 × the timeout + 1 s, still far
// below what a missing timeout would take, and a drip that must not trip a read timeout leaves
// more than a stall between bytes. The tight bounds are in read-timeout.precision.test.ts, for
// idle machines (REQS_TEST_PRECISION=1).
const bound = (timeout: number) => 3 * timeout + 1_000;

describe('timeouts', () => {
  it('connect: a peer that never completes the TLS handshake → ConnectTimeout', async () => {
    await using server = await startRawServer(() => {});
    const adapter = new HTTPAdapter();
    try {
      const url = `https://127.0.0.1:${server.port}/`;
      const [error, ms] = await timed(
        rejection(send(adapter, prepare('GET', url), { timeout: { connect: 200, read: 5000 } })),
      );
      expect(error).toBeInstanceOf(ConnectTimeout);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error).toBeInstanceOf(Timeout);
      expect(error.message).toContain('connect timeout=200 ms');
      expect(ms).toBeGreaterThanOrEqual(190);
      expect(ms).toBeLessThan(bound(200));
    } finally {
      await adapter.close();
    }
  });

  it('read: a server that accepts and never answers → ReadTimeout after about the read timeout', async () => {
    await using server = await startRawServer(() => {});
    const adapter = new HTTPAdapter();
    try {
      const [error, ms] = await timed(
        rejection(send(adapter, prepare('GET', `${server.url}/`), { timeout: 300 })),
      );
      expect(error).toBeInstanceOf(ReadTimeout);
      expect(error.message).toContain('read timeout=300 ms');
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(ms).toBeLessThan(bound(300));
      expect(server.openConnections).toBeLessThanOrEqual(1);
    } finally {
      await adapter.close();
    }
  });

  it('read is inactivity on the headers: a header block dripped every 60 ms passes a 1000 ms timeout', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => {
        socket.write('HTTP/1.1 200 OK\r\n');
        drip(socket, 'X-Slow: 0123456789\r\n', 60, 'Content-Length: 2\r\n\r\nok');
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const [response, ms] = await timed(
        fetchAll(adapter, prepare('GET', `${server.url}/`), { timeout: 1000 }),
      );
      expect(response.headers.get('x-slow')).toBe('0123456789');
      // 20 drips: longer than the timeout, so only inactivity (not the total) is timed.
      expect(ms).toBeGreaterThan(1150);
    } finally {
      await adapter.close();
    }
  });

  it('read is inactivity on the body: a drip every 100 ms passes a 600 ms timeout, silence fails', async () => {
    await using server = await startRawServer((socket) => {
      socket.on('data', (chunk: Buffer) => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 12\r\n\r\n');
        if (chunk.toString().startsWith('GET /drip')) drip(socket, 'dripdripdrip', 100);
        else socket.write('dr');
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const [response, ms] = await timed(
        fetchAll(adapter, prepare('GET', `${server.url}/drip`), { timeout: 600 }),
      );
      expect(new TextDecoder().decode(response.content)).toBe('dripdripdrip');
      expect(ms).toBeGreaterThan(1150);
      const silent = await send(adapter, prepare('GET', `${server.url}/silent`), { timeout: 600 });
      const [error, waited] = await timed(rejection(silent.read()));
      expect(error).toBeInstanceOf(ReadTimeout);
      expect(waited).toBeGreaterThanOrEqual(590);
      expect(waited).toBeLessThan(bound(600));
    } finally {
      await adapter.close();
    }
  });

  describe('body inactivity is timed from the last byte (issue #9, gap 3)', () => {
    const HEAD = 'HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\n';

    /** A server answering the head, then dripping `drips` bytes every `interval` ms (then silence). */
    function dripServer(drips: number, interval: number) {
      return startRawServer((socket) => {
        void readRequestHead(socket).then(() => {
          socket.write(HEAD);
          drip(socket, 'x'.repeat(drips), interval);
        });
      });
    }

    it('a byte every 150 ms does not trip a 600 ms read timeout', async () => {
      await using server = await dripServer(20, 150);
      const adapter = new HTTPAdapter();
      try {
        const [response, ms] = await timed(
          fetchAll(adapter, prepare('GET', `${server.url}/`), { timeout: 600 }),
        );
        expect(new TextDecoder().decode(response.content)).toBe('x'.repeat(20));
        expect(ms).toBeGreaterThan(2900);
      } finally {
        await adapter.close();
      }
    }, 15_000);

    it('silence after some bytes trips it: timed from the last byte, not from the request', async () => {
      await using server = await dripServer(3, 100);
      const adapter = new HTTPAdapter();
      try {
        const response = await send(adapter, prepare('GET', `${server.url}/`), { timeout: 500 });
        const started = performance.now();
        const error = await rejection(response.read());
        const ms = performance.now() - started;
        expect(error).toBeInstanceOf(ReadTimeout);
        expect(error.message).toContain(`read timeout=500 ms) (GET ${server.url}/)`);
        expect((error as ReadTimeout).response).toBe(response);
        // Three bytes 100 ms apart, then 500 ms of silence.
        expect(ms).toBeGreaterThanOrEqual(300 + 490);
        expect(ms).toBeLessThan(300 + bound(500));
        expect(server.openConnections).toBeLessThanOrEqual(1);
      } finally {
        await adapter.close();
      }
    });

    it('silence right after the headers trips it', async () => {
      await using server = await dripServer(0, 100);
      const adapter = new HTTPAdapter();
      try {
        const response = await send(adapter, prepare('GET', `${server.url}/`), { timeout: 300 });
        const [error, ms] = await timed(rejection(response.read()));
        expect(error).toBeInstanceOf(ReadTimeout);
        expect(ms).toBeGreaterThanOrEqual(280);
        expect(ms).toBeLessThan(bound(300));
      } finally {
        await adapter.close();
      }
    });

    it('a body the reader holds paused never times out; reading again re-arms the timer', async () => {
      const big = 'y'.repeat(1 << 20);
      await using server = await startRawServer((socket) => {
        void readRequestHead(socket).then(() => {
          socket.write(`HTTP/1.1 200 OK\r\nContent-Length: ${big.length + 1}\r\n\r\n${big}`);
        });
      });
      const adapter = new HTTPAdapter();
      try {
        const response = await send(adapter, prepare('GET', `${server.url}/`), { timeout: 200 });
        // Nobody reads for three read timeouts: the buffers fill and undici pauses.
        await new Promise((resolve) => setTimeout(resolve, 600));
        const [error, ms] = await timed(rejection(response.read()));
        expect(error).toBeInstanceOf(ReadTimeout);
        expect(ms).toBeGreaterThanOrEqual(150);
        expect(ms).toBeLessThan(bound(200));
      } finally {
        await adapter.close();
      }
    });

    it('a body that ends clears its timer: the connection is reused, nothing fires later', async () => {
      await using server = await startRawServer((socket) => {
        socket.on('data', () => socket.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'));
      });
      const adapter = new HTTPAdapter();
      try {
        for (let i = 0; i < 3; i++) {
          const response = await fetchAll(adapter, prepare('GET', `${server.url}/`), { timeout: 100 });
          expect(new TextDecoder().decode(response.content)).toBe('ok');
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
        expect(server.connections).toBe(1);
      } finally {
        await adapter.close();
      }
    });
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
      expect(ms).toBeLessThan(bound(100));
      expect(server.openConnections).toBeLessThanOrEqual(1);
    } finally {
      await adapter.close();
    }
  });

  it('total is a deadline over the whole exchange, body included', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n');
        drip(socket, 'x'.repeat(50), 50);
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const [error, ms] = await timed(
        rejection(
          fetchAll(adapter, prepare('GET', `${server.url}/`), { timeout: { read: 1000, total: 500 } }),
        ),
      );
      expect(error).toBeInstanceOf(ReadTimeout);
      expect(error.message).toContain('total timeout=500 ms');
      expect(ms).toBeGreaterThanOrEqual(490);
      expect(ms).toBeLessThan(2_000); // the 50 bytes would take 2.5 s
    } finally {
      await adapter.close();
    }
  });

  it('total while connecting → ConnectTimeout', async () => {
    await using server = await startRawServer(() => {});
    const adapter = new HTTPAdapter();
    try {
      const url = `https://127.0.0.1:${server.port}/`;
      const error = await rejection(
        send(adapter, prepare('GET', url), { timeout: { connect: null, total: 300 } }),
      );
      expect(error).toBeInstanceOf(ConnectTimeout);
    } finally {
      await adapter.close();
    }
  });
});

describe('abort signal', () => {
  it('rejects with the signal reason before, while waiting for headers, and while reading the body', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(({ head }) => {
        if (head.startsWith('GET /body')) socket.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nab');
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const reason = new Error('stop it');
      const aborted = AbortSignal.abort(reason);
      expect(await rejection(send(adapter, prepare('GET', `${server.url}/`), { signal: aborted }))).toBe(
        reason,
      );
      const controller = new AbortController();
      const waiting = send(adapter, prepare('GET', `${server.url}/hang`), { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 50);
      expect(await rejection(waiting)).toBe(reason);
      const later = new AbortController();
      const response = await send(adapter, prepare('GET', `${server.url}/body`), { signal: later.signal });
      setTimeout(() => later.abort(reason), 50);
      expect(await rejection(response.read())).toBe(reason);
    } finally {
      await adapter.close();
    }
  });
});
