import { AssertionError } from 'node:assert';
import { describe, expect, it } from 'vitest';
import { NoMockAddress } from '../src/index.js';
import { mockSession, rejection } from './helpers.js';

describe('history', () => {
  it('mock.calls holds every request with its response or error; routes hold their own', async () => {
    const { session, mock } = mockSession();
    const user = mock.get('https://api.test/user', { json: { id: 1 } });
    const down = mock.get('https://api.test/down', { error: new Error('refused') });
    expect([user.called, user.callCount]).toEqual([false, 0]);
    const r = await session.get('https://api.test/user', { params: { v: 2 } });
    await rejection(session.get('https://api.test/down'));
    await rejection(session.get('https://api.test/missing'));
    expect(mock.callCount).toBe(3);
    expect(
      mock.calls.map((c) => [c.request.url, c.response?.statusCode ?? c.error?.message.split('\n')[0]]),
    ).toEqual([
      ['https://api.test/user?v=2', 200],
      ['https://api.test/down', 'refused'],
      ['https://api.test/missing', 'No mock route matches GET https://api.test/missing'],
    ]);
    expect(mock.calls[0]?.response).toBe(r);
    expect(mock.calls[2]?.route).toBeNull();
    expect(mock.calls[2]?.error).toBeInstanceOf(NoMockAddress);
    expect([user.called, user.callCount, user.calls[0]?.request.url]).toEqual([
      true,
      1,
      'https://api.test/user?v=2',
    ]);
    expect(down.calls[0]?.error?.message).toBe('refused');
    expect(mock.lastCall).toBe(mock.calls[2]);
  });

  it('reset() forgets routes and calls; resetCalls() only the calls', async () => {
    const { session, mock } = mockSession();
    const route = mock.get('https://api.test/x', { text: 'x' });
    await session.get('https://api.test/x');
    mock.resetCalls();
    expect([mock.callCount, route.callCount, mock.routes.length]).toEqual([0, 0, 1]);
    mock.reset();
    expect(mock.routes).toEqual([]);
    await expect(session.get('https://api.test/x')).rejects.toThrow(NoMockAddress);
  });
});

describe('assertions', () => {
  it('assertAllCalled fails with the route table and the requests received', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/user', { json: {} });
    mock.post(/\/items$/, { status: 201 }, { json: { name: 'x' } });
    await session.get('https://api.test/user');
    await rejection(session.get('https://api.test/other'));
    let error: unknown;
    try {
      mock.assertAllCalled();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AssertionError);
    expect((error as Error).message).toBe(
      [
        '1 of 2 mock routes were never called:',
        '  #  method  url                    matchers  calls  times',
        '  1  GET     https://api.test/user  -         1      any',
        '  2  POST    /\\/items$/             json      0      any    ← never called',
        'Requests received:',
        '  GET https://api.test/user → 200',
        '  GET https://api.test/other → NoMockAddress',
      ].join('\n'),
    );
    await session.post('https://shop.test/items', { json: { name: 'x' } });
    expect(() => mock.assertAllCalled()).not.toThrow();
  });

  it('assertNoPendingRoutes: limited routes must be used up, unlimited ones called once', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/a', { text: 'a' }, { times: 2 });
    mock.get('https://api.test/b', [{ status: 503 }, { text: 'ok' }]);
    mock.get('https://api.test/c', { text: 'c' });
    await session.get('https://api.test/a');
    await session.get('https://api.test/b');
    await session.get('https://api.test/c');
    expect(() => mock.assertAllCalled()).not.toThrow();
    expect(() => mock.assertNoPendingRoutes()).toThrow(/2 of 3 mock routes are still pending/);
    expect(() => mock.assertNoPendingRoutes()).toThrow(/https:\/\/api\.test\/a .*← pending \(1 of 2\)/);
    await session.get('https://api.test/a');
    await session.get('https://api.test/b');
    expect(() => mock.assertNoPendingRoutes()).not.toThrow();
    expect(mock.routes.map((r) => [r.pending, r.usedUp])).toEqual([
      [false, true],
      [false, true],
      [false, false],
    ]);
  });
});
