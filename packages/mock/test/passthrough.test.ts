// Requests no route matches go to a real adapter when let through: @reqs/adapters' HTTPAdapter by default.
import { HTTPAdapter } from '@reqs/adapters';
import type { Adapter, PreparedRequest, Response, SendOptions } from '@reqs/core';
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoMockAddress } from '../src/index.js';
import { mockSession, rejection } from './helpers.js';

let httpbin: HttpbinServer;
beforeAll(async () => {
  httpbin = await startServer();
});
afterAll(async () => {
  await httpbin.close();
});

describe('passthrough', () => {
  it('prefixes: unmatched requests under them reach the real server through HTTPAdapter, loaded on demand', async () => {
    const { session, mock } = mockSession({ passthrough: [httpbin.url] });
    mock.get(`${httpbin.url}/get`, { json: { mocked: true } });
    expect((await session.get(`${httpbin.url}/get`)).json()).toEqual({ mocked: true });
    const real = await session.get(`${httpbin.url}/headers`, { headers: { 'X-Real': 'yes' } });
    expect(real.json<{ headers: Record<string, string> }>().headers['X-Real']).toBe('yes');
    expect(real.connection).toBeInstanceOf(HTTPAdapter);
    expect(mock.calls.map((c) => [c.passthrough, c.route === null])).toEqual([
      [false, false],
      [true, true],
    ]);
    await expect(session.get('https://elsewhere.test/')).rejects.toThrow(NoMockAddress);
  });

  it('realHttp: true lets every unmatched request through; redirects and cookies of the real server work', async () => {
    const { session, mock } = mockSession({ realHttp: true });
    mock.get(`${httpbin.url}/cookies`, { json: { cookies: 'mocked' } }, { times: 1 });
    const set = await session.get(`${httpbin.url}/cookies/set?flavor=mint`);
    expect(set.history.map((h) => h.statusCode)).toEqual([302]);
    expect(set.json()).toEqual({ cookies: 'mocked' });
    expect((await session.get(`${httpbin.url}/cookies`)).json()).toEqual({ cookies: { flavor: 'mint' } });
  });

  it('realAdapter: the adapter the user gives, closed with the mock', async () => {
    const sent: string[] = [];
    let closed = false;
    const real: Adapter = {
      async send(request: PreparedRequest, options: SendOptions): Promise<Response> {
        sent.push(request.url);
        return inner.send(request, options);
      },
      async close() {
        closed = true;
        await inner.close();
      },
    };
    const inner = new HTTPAdapter();
    const { session } = mockSession({ realHttp: true, realAdapter: real });
    expect((await session.get(`${httpbin.url}/status/204`)).statusCode).toBe(204);
    expect(sent).toEqual([`${httpbin.url}/status/204`]);
    await session.close();
    expect(closed).toBe(true);
  });

  it('a refused real connection is the real adapter’s ConnectionError, recorded in calls', async () => {
    const { session, mock } = mockSession({ passthrough: ['http://127.0.0.1:9/'] });
    const error = await rejection(session.get('http://127.0.0.1:9/', { timeout: 2_000 }));
    expect(error.name).toBe('ConnectionError');
    expect(mock.calls[0]?.error).toBe(error);
  });
});
