// map / imap / AsyncRequest against httpbin: order, bounds, laziness, failures, cancellation.
import { Request, type Response } from '@reqs/core';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { AsyncRequest } from '../src/index.js';
import { httpSession } from './helpers.js';

interface Echo {
  url: string;
  headers: Record<string, string>;
  args: Record<string, string>;
}

describe('session.map', () => {
  it('sends every kind of item and resolves in input order, response hooks run', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const hooked: number[] = [];
    s.hooks.response.push((r) => void hooked.push(r.statusCode));
    const prepared = new Request('GET', `${server.url}/get?n=2`).prepare();
    const results = await s.map(
      [
        `${server.url}/delay/0.2?n=0`,
        new URL(`${server.url}/get?n=1`),
        prepared,
        new Request('POST', `${server.url}/post?n=3`, { data: 'x' }),
        new AsyncRequest('PUT', `${server.url}/put`, { params: { n: '4' } }),
      ],
      { headers: { 'X-Default': 'yes' } },
    );
    expect(results.map((r) => (r as Response).json<Echo>().args.n)).toEqual(['0', '1', '2', '3', '4']);
    expect((results[0] as Response).json<Echo>().headers['X-Default']).toBe('yes');
    expect((results[4] as Response).json<Echo>().headers['X-Default']).toBe('yes');
    // A PreparedRequest is sent as prepared (with its own hooks, as session.send): 4 of 5.
    expect(hooked).toHaveLength(4);
  });

  it('keeps at most size requests in flight', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    let inFlight = 0;
    let most = 0;
    s.registerHook('preSend', () => {
      inFlight++;
      most = Math.max(most, inFlight);
    });
    s.registerHook('response', () => void inFlight--);
    const results = await s.map(
      Array.from({ length: 12 }, () => `${server.url}/delay/0.05`),
      { size: 3 },
    );
    expect(results).toHaveLength(12);
    expect(most).toBe(3);
  });

  it('a failure is null, or what exceptionHandler returns; AsyncRequest records it', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const dead = new AsyncRequest('GET', 'http://127.0.0.1:1/');
    const ok = new AsyncRequest('GET', `${server.url}/get`);
    expect(await s.map([dead, ok])).toEqual([null, ok.response]);
    expect(dead.error).toBeInstanceOf(Error);
    expect(ok.response?.statusCode).toBe(200);
    const handled = await s.map([dead, ok], {
      exceptionHandler: (item, error) => `${String(item)} ${(error as Error).name}`,
    });
    expect(handled[0]).toBe('<AsyncRequest [GET]> ConnectionError');
  });

  it('throwOnError rejects with the first error and aborts the rest', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const slow = new AsyncRequest('GET', `${server.url}/delay/10`);
    const started = performance.now();
    await expect(s.map([slow, 'http://127.0.0.1:1/'], { throwOnError: true, size: 2 })).rejects.toMatchObject(
      { name: 'ConnectionError' },
    );
    await expect.poll(() => slow.error).toBeInstanceOf(Error);
    expect(performance.now() - started).toBeLessThan(8000);
  });

  it('signal stops issuing, aborts what is in flight and rejects with its reason', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const controller = new AbortController();
    let pulled = 0;
    function* items() {
      for (;;) {
        pulled++;
        yield `${server.url}/delay/10`;
      }
    }
    const reason = new Error('enough');
    setTimeout(() => controller.abort(reason), 100);
    await expect(s.map(items(), { size: 2, signal: controller.signal })).rejects.toBe(reason);
    expect(pulled).toBe(2);
  });

  it('refuses a bad size and items that are not iterable', async () => {
    const s = httpSession();
    await expect(s.map([], { size: 0 })).rejects.toThrow(/size must be a positive integer, got 0/);
    await expect(s.map(42 as never)).rejects.toThrow(/must be an array or an iterable/);
    await expect(s.map([{} as never])).resolves.toEqual([null]);
    await expect(s.map([{} as never], { throwOnError: true })).rejects.toThrow(/map items must be/);
  });
});

describe('session.imap', () => {
  it('yields as they complete; ordered yields in input order', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const items = [`${server.url}/delay/0.4?n=0`, `${server.url}/get?n=1`, `${server.url}/get?n=2`];
    const seen: string[] = [];
    for await (const r of s.imap(items, { size: 3 })) seen.push((r as Response).json<Echo>().args.n ?? '');
    expect(seen[2]).toBe('0');
    const ordered: string[] = [];
    for await (const r of s.imap(items, { size: 3, ordered: true }))
      ordered.push((r as Response).json<Echo>().args.n ?? '');
    expect(ordered).toEqual(['0', '1', '2']);
  });

  it('pulls lazily from an async iterable; skips failures; break aborts the rest', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    let pulled = 0;
    async function* items() {
      for (let i = 0; ; i++) {
        pulled++;
        yield i === 1 ? 'http://127.0.0.1:1/' : `${server.url}/get?i=${i}`;
      }
    }
    const got: Response[] = [];
    for await (const r of s.imap(items(), { size: 2 })) {
      got.push(r as Response);
      if (got.length === 3) break;
    }
    expect(got.every((r) => r.statusCode === 200)).toBe(true);
    expect(pulled).toBeLessThanOrEqual(6);
  });

  it('with exceptionHandler yields its value; throwOnError throws', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const items = ['http://127.0.0.1:1/', `${server.url}/get`];
    const values: unknown[] = [];
    for await (const r of s.imap(items, { exceptionHandler: () => 'failed', ordered: true })) values.push(r);
    expect(values[0]).toBe('failed');
    const consume = async () => {
      for await (const _ of s.imap(items, { throwOnError: true })) {
        // nothing
      }
    };
    await expect(consume()).rejects.toMatchObject({ name: 'ConnectionError' });
  });
});

describe('AsyncRequest', () => {
  it('is unsent until send(); needs a session or a bound sender', async () => {
    const server = await startHttpbin();
    const s = httpSession();
    const r = new AsyncRequest('GET', `${server.url}/get`);
    expect([r.response, r.error]).toEqual([null, null]);
    await expect(r.send()).rejects.toThrow(TypeError);
    const response = await r.send(s);
    expect(r.response).toBe(response);
    const bound = new AsyncRequest('GET', `${server.url}/get`, {}, s);
    expect((await bound.send()).statusCode).toBe(200);
    expect(String(bound)).toBe('<AsyncRequest [GET]>');
  });
});
