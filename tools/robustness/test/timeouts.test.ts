// Slow and silent servers: read timeout = inactivity between bytes, in the headers and the body.
import { ReadTimeout, Timeout } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { checkRecovery, createSession, startHostileServer } from '../src/index.js';
import { drip } from './helpers/drip.js';
import { expectError } from './helpers/expect-error.js';

const RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok';
const HEAD_ONLY = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n\r\n';

// Time bounds hold on a loaded machine (REQS_TEST_STALL=1 blocks the event loop 300 ms every
// 700 ms, and the CPU is shared): an upper bound is 3 × the timeout + 1 s, still far below
// what a missing timeout would take, and a drip that must not trip the read timeout leaves
// more than a stall between bytes. Tight bounds live in the adapters' precision suite
// (REQS_TEST_PRECISION=1, idle machines only).
const bound = (timeout: number) => 3 * timeout + 1_000;

describe('silent servers', () => {
  it('a server that accepts and never answers → ReadTimeout after the read timeout', async () => {
    await using server = await startHostileServer({ '/silent': () => {} });
    const s = createSession();
    const started = performance.now();
    await expectError(
      s.get(`${server.url}/silent`, { timeout: 300 }),
      ReadTimeout,
      /Read timed out\. \(read timeout=300 ms\).*GET http:\/\/127\.0\.0\.1:\d+\/silent/,
    );
    const elapsed = performance.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(290);
    // 1–1.25× the timeout when idle; generous here so a loaded machine cannot flake it.
    expect(elapsed).toBeLessThan(bound(300));
    await checkRecovery(s, server);
  });

  it('headers, then silence in the body → ReadTimeout', async () => {
    await using server = await startHostileServer({
      '/stall': (_r, socket) => void socket.write(`${HEAD_ONLY}half`),
    });
    const s = createSession();
    await expectError(s.get(`${server.url}/stall`, { timeout: 300 }), ReadTimeout, /Read timed out.*300/);
    await checkRecovery(s, server);
  });

  it('headers, then silence, streamed → ReadTimeout from iterContent', async () => {
    await using server = await startHostileServer({
      '/stall': (_r, socket) => void socket.write(`${HEAD_ONLY}half`),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/stall`, { timeout: 300, stream: true });
    const reading = (async () => {
      for await (const _chunk of r.iterContent()) {
        // drain
      }
    })();
    await expectError(reading, ReadTimeout, /Read timed out/);
    await checkRecovery(s, server);
  });
  it('headers, then silence in the body → ReadTimeout timed by the adapter, well before the next byte could come', async () => {
    await using server = await startHostileServer({
      '/stall': (_r, socket) => void socket.write(`${HEAD_ONLY}half`),
    });
    const s = createSession();
    const started = performance.now();
    await expectError(s.get(`${server.url}/stall`, { timeout: 300 }), ReadTimeout, /Read timed out.*300/);
    expect(performance.now() - started).toBeLessThan(bound(300));
    await checkRecovery(s, server);
  });
});

describe('dripping servers (one byte at a time)', () => {
  it('a status line dripping slower than the read timeout → ReadTimeout', async () => {
    await using server = await startHostileServer({ '/drip': (_r, socket) => drip(socket, RESPONSE, 400) });
    const s = createSession();
    await expectError(s.get(`${server.url}/drip`, { timeout: 150 }), ReadTimeout, /Read timed out.*150/);
    await checkRecovery(s, server);
  });

  it('a body dripping a byte every 3 s → ReadTimeout (read 300 ms), long before the next byte', async () => {
    await using server = await startHostileServer({
      '/drip': async (_r, socket) => {
        socket.write(HEAD_ONLY);
        await drip(socket, 'x'.repeat(20), 3_000);
      },
    });
    const s = createSession();
    const started = performance.now();
    await expectError(
      s.get(`${server.url}/drip`, { timeout: [1_000, 300] }),
      ReadTimeout,
      /Read timed out.*300/,
    );
    expect(performance.now() - started).toBeLessThan(bound(300));
    await checkRecovery(s, server);
  });

  it('a body dripping a byte every 400 ms → ReadTimeout (read 150 ms): body inactivity is timed as the headers are', async () => {
    await using server = await startHostileServer({
      '/drip': async (_r, socket) => {
        socket.write(HEAD_ONLY);
        await drip(socket, 'x'.repeat(20), 400);
      },
    });
    const s = createSession();
    const started = performance.now();
    await expectError(s.get(`${server.url}/drip`, { timeout: [1_000, 150] }), ReadTimeout, /Read timed out/);
    expect(performance.now() - started).toBeLessThan(bound(150));
    await checkRecovery(s, server);
  });

  it('a whole response dripping a byte every 40 ms does not trip a 600 ms read timeout (inactivity, not total)', async () => {
    await using server = await startHostileServer({
      '/drip': (_r, socket) => drip(socket, 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nxxxxx', 40),
    });
    const s = createSession();
    const started = performance.now();
    const r = await s.get(`${server.url}/drip`, { timeout: 600 });
    expect(r.text).toBe('xxxxx');
    // 43 bytes at 40 ms: far longer than the read timeout in total.
    expect(performance.now() - started).toBeGreaterThan(1_500);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a total deadline ends a drip that never trips the read timeout → a Timeout naming the total', async () => {
    await using server = await startHostileServer({
      '/drip': async (_r, socket) => {
        socket.write(HEAD_ONLY);
        await drip(socket, 'x'.repeat(20), 50);
      },
    });
    const s = createSession();
    const started = performance.now();
    const error = await s.get(`${server.url}/drip`, { timeout: { read: 1_000, total: 400 } }).then(
      () => null,
      (reason: unknown) => reason,
    );
    // The session's deadline (Timeout) and the adapter's (ReadTimeout) race for the same instant.
    expect(error).toBeInstanceOf(Timeout);
    expect((error as Error).message).toMatch(/total.*400/i);
    expect(performance.now() - started).toBeLessThan(bound(400));
    await checkRecovery(s, server);
  });
});
