import { describe, expect, it } from 'vitest';
import type { Route } from '../src/connect/route.js';
import { type Connection, ConnectionPool } from '../src/connection-pool.js';

// Never dialled: the pool's bookkeeping is tested here; real sockets in pooling.test.ts.
const route: Route = { kind: 'unix', path: '/nonexistent.sock' };

function pool(maxsize: number, block: boolean): ConnectionPool {
  return new ConnectionPool('http://localhost', route, {}, { maxsize, block });
}

function take(p: ConnectionPool, count: number): Connection[] {
  return Array.from({ length: count }, () => p.acquire() as Connection);
}

describe('ConnectionPool (urllib3 HTTPConnectionPool semantics)', () => {
  it('without block opens surplus connections and keeps them until maxsize sit idle', async () => {
    const p = pool(2, false);
    const busy = take(p, 5);
    expect(new Set(busy).size).toBe(5);
    expect(p.size).toBe(5);
    // Sustained load: a released connection is taken again before the queue fills up.
    p.release(busy[4]!, true);
    expect(p.acquire()).toBe(busy[4]);
    for (const connection of busy) p.release(connection, true);
    expect(p.idle).toBe(2);
    expect(p.size).toBe(2);
    // LIFO: the most recently released first.
    expect(p.acquire()).toBe(busy[1]);
    await p.close();
  });

  it('a connection that cannot be reused gives its slot back', async () => {
    const p = pool(1, false);
    const [first] = take(p, 1);
    p.release(first!, false);
    expect(p.size).toBe(0);
    const second = p.acquire() as Connection;
    expect(second).not.toBe(first);
    p.release(second, true);
    expect(p.idle).toBe(1);
    await p.close();
  });

  it('with block never holds more than maxsize and hands released connections to waiters in order', async () => {
    const p = pool(2, true);
    const [a, b] = take(p, 2);
    const waiting = [p.acquire(), p.acquire()];
    expect(waiting.every((w) => w instanceof Promise)).toBe(true);
    p.release(a!, true);
    expect(await waiting[0]).toBe(a);
    p.release(b!, false);
    const fresh = await waiting[1];
    expect(fresh).not.toBe(b);
    expect(p.size).toBe(2);
    await p.close();
    await expect(p.acquire()).rejects.toThrow('Pool is closed.');
  });
});
