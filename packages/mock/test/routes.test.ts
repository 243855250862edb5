import { ConnectionError } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { NoMockAddress } from '../src/index.js';
import { mockSession, rejection } from './helpers.js';

describe('URL matchers', () => {
  it('exact URL: scheme, host, port and path; a query in the route must equal, in any order', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/search?b=2&a=1', { text: 'with query' });
    mock.get('https://API.test:443/user', { text: 'user' });
    expect((await session.get('https://api.test/search?a=1&b=2')).text).toBe('with query');
    expect((await session.get('https://api.test/search', { params: { b: 2, a: 1 } })).text).toBe(
      'with query',
    );
    await expect(session.get('https://api.test/search?a=1')).rejects.toThrow(NoMockAddress);
    await expect(session.get('https://api.test/search?a=1&b=2&c=3')).rejects.toThrow(NoMockAddress);
    // Without a query in the route, the query is not looked at.
    expect((await session.get('https://api.test/user?x=1')).text).toBe('user');
    await expect(session.get('http://api.test/user')).rejects.toThrow(NoMockAddress);
    await expect(session.get('https://api.test:8443/user')).rejects.toThrow(NoMockAddress);
    await expect(session.get('https://api.test/user/')).rejects.toThrow(NoMockAddress);
  });

  it('a path alone matches on any origin', async () => {
    const { session, mock } = mockSession();
    mock.get('/health', { text: 'ok' });
    expect((await session.get('http://a.test/health')).text).toBe('ok');
    expect((await session.get('https://b.test:9000/health')).text).toBe('ok');
  });

  it('patterns: * and :param, params handed to a responder', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/users/:id/posts/:post', (_request, { params }) => ({ json: params }));
    mock.get('https://*.cdn.test/assets/*', { text: 'asset' });
    const r = await session.get('https://api.test/users/42/posts/7');
    expect(r.json()).toEqual({ id: '42', post: '7' });
    expect((await session.get('https://eu.cdn.test/assets/css/site.css')).text).toBe('asset');
    await expect(session.get('https://api.test/users/42/posts')).rejects.toThrow(NoMockAddress);
    await expect(session.get('https://evil.test/x.cdn.test/assets/a')).rejects.toThrow(NoMockAddress);
  });

  it('RegExp over the whole URL, named groups as params; POST route does not take GET', async () => {
    const { session, mock } = mockSession();
    mock.post(/\/items$/, { status: 201, headers: { Location: '/items/7' } });
    mock.get(/\/items\/(?<id>\d+)$/, (_r, { params }) => ({ json: { id: Number(params.id) } }));
    const created = await session.post('https://shop.test/items', { json: { name: 'x' } });
    expect(created.statusCode).toBe(201);
    expect(created.reason).toBe('Created');
    expect(created.headers.get('location')).toBe('/items/7');
    expect((await session.get('https://shop.test/items/7')).json()).toEqual({ id: 7 });
    await expect(session.get('https://shop.test/items')).rejects.toThrow(NoMockAddress);
  });

  it('any method with mock.any / "*"', async () => {
    const { session, mock } = mockSession();
    mock.any('https://api.test/x', (request) => ({ text: request.method }));
    expect((await session.delete('https://api.test/x')).text).toBe('DELETE');
    expect((await session.patch('https://api.test/x')).text).toBe('PATCH');
  });

  it('bad route input fails at once with a message naming it', () => {
    const { mock } = mockSession();
    expect(() => mock.get('not a url', { text: 'x' })).toThrow(/Invalid mock URL "not a url"/);
    // @ts-expect-error a misspelt key
    expect(() => mock.get('https://a.test/', { stauts: 200 })).toThrow(/Unknown mock response key "stauts"/);
    // @ts-expect-error two body kinds
    expect(() => mock.get('https://a.test/', { text: 'a', json: 1 })).toThrow(
      /one of body, text, json, error/,
    );
    expect(() => mock.get('https://a.test/', { status: 42 })).toThrow(/Invalid mock status 42/);
    expect(() => mock.get('https://a.test/', { headers: { 'Bad Name': 'x' } })).toThrow(
      /Invalid header name/,
    );
    expect(() => mock.get('https://a.test/', { text: 'x' }, { times: 0 })).toThrow(/Invalid times 0/);
    expect(() => mock.get('https://a.test/', [], {})).toThrow(/at least one answer/);
    expect(() => mock.on('GE T', 'https://a.test/', { text: 'x' })).toThrow(/Invalid mock method "GE T"/);
    expect(mock.routes).toHaveLength(0);
  });
});

describe('extra matchers', () => {
  it('query (a subset, any order), headers (string, RegExp, null = absent)', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/q', { text: 'tagged' }, { query: { tag: ['b', 'a'] } });
    mock.get('https://api.test/h', { text: 'json' }, { headers: { accept: /json/, 'x-absent': null } });
    expect((await session.get('https://api.test/q?tag=a&x=1&tag=b')).text).toBe('tagged');
    await expect(session.get('https://api.test/q?tag=a')).rejects.toThrow(
      /query tag: expected \["b","a"\], got "a"/,
    );
    expect((await session.get('https://api.test/h', { headers: { Accept: 'application/json' } })).text).toBe(
      'json',
    );
    const error = await rejection(
      session.get('https://api.test/h', { headers: { Accept: 'application/json', 'X-Absent': '1' } }),
    );
    expect(error.message).toContain('header x-absent: expected absent, got "1"');
  });

  it('json, body, form and match', async () => {
    const { session, mock } = mockSession();
    mock.post('https://api.test/json', { text: 'json ok' }, { json: { a: [1, 2], b: { c: true } } });
    mock.post('https://api.test/body', { text: 'body ok' }, { body: /^hello/ });
    mock.post('https://api.test/form', { text: 'form ok' }, { form: { user: 'ann', tag: ['x', 'y'] } });
    mock.post('https://api.test/match', { text: 'match ok' }, { match: (r) => r.headers.has('x-sig') });
    expect((await session.post('https://api.test/json', { json: { b: { c: true }, a: [1, 2] } })).text).toBe(
      'json ok',
    );
    await expect(session.post('https://api.test/json', { json: { a: [2, 1] } })).rejects.toThrow(
      /json body: expected .* got \{"a":\[2,1\]\}/,
    );
    expect((await session.post('https://api.test/body', { data: 'hello world' })).text).toBe('body ok');
    expect(
      (await session.post('https://api.test/form', { data: { tag: ['y', 'x'], user: 'ann' } })).text,
    ).toBe('form ok');
    await expect(
      session.post('https://api.test/form', { data: { user: 'ann', tag: ['x', 'y'], extra: 1 } }),
    ).rejects.toThrow(/form field extra: not expected/);
    expect((await session.post('https://api.test/match', { headers: { 'X-Sig': '1' } })).text).toBe(
      'match ok',
    );
  });

  it('reads a streamed request body for a body matcher, and keeps it sendable', async () => {
    const { session, mock } = mockSession();
    async function* chunks() {
      yield 'hel';
      yield new TextEncoder().encode('lo');
    }
    const route = mock.post('https://api.test/up', { status: 204 }, { body: 'hello' });
    const r = await session.post('https://api.test/up', { data: chunks() });
    expect(r.statusCode).toBe(204);
    expect(route.calls[0]?.request.body).toEqual([new TextEncoder().encode('hello')]);
  });
});

describe('times, persist and sequences', () => {
  it('a sequence answers in order, then the route is used up; persist repeats the last', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/page', [{ status: 503 }, { status: 200, text: 'ok' }]);
    mock.get('https://api.test/poll', [{ text: 'wait' }, { text: 'done' }], { persist: true });
    expect((await session.get('https://api.test/page')).statusCode).toBe(503);
    expect((await session.get('https://api.test/page')).text).toBe('ok');
    const error = await rejection(session.get('https://api.test/page'));
    expect(error.message).toContain('used up (answered 2 of 2 times)');
    const polled = [];
    for (let i = 0; i < 4; i++) polled.push((await session.get('https://api.test/poll')).text);
    expect(polled).toEqual(['wait', 'done', 'done', 'done']);
  });

  it('times limits a route; the next matching route answers after it (first registered first)', async () => {
    const { session, mock } = mockSession();
    const once = mock.get('https://api.test/x', { text: 'first' }, { times: 1 });
    const always = mock.get('https://api.test/x', { text: 'later' });
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push((await session.get('https://api.test/x')).text);
    expect(texts).toEqual(['first', 'later', 'later']);
    expect([once.callCount, always.callCount]).toEqual([1, 2]);
  });

  it('concurrent requests each take their own slot of a limited route', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/x', { delay: 20, text: 'a' }, { times: 2 });
    mock.get('https://api.test/x', { text: 'b' });
    const texts = await Promise.all(
      [1, 2, 3].map(() => session.get('https://api.test/x').then((r) => r.text)),
    );
    expect(texts.toSorted()).toEqual(['a', 'a', 'b']);
  });
});

describe('unmatched requests', () => {
  it('fail with NoMockAddress, a ConnectionError naming method, URL and the nearest routes', async () => {
    const { session, mock } = mockSession();
    mock.get('https://api.test/users', { json: [] });
    mock.post('https://api.test/user', { status: 201 });
    mock.get('https://other.test/user', { json: {} });
    mock.get('https://api.test/user', { json: {} }, { headers: { authorization: /^Bearer / } });
    const error = await rejection(session.get('https://api.test/user'));
    expect(error).toBeInstanceOf(NoMockAddress);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.name).toBe('NoMockAddress');
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('No mock route matches GET https://api.test/user');
    expect(lines[1]).toBe('Nearest routes:');
    expect(lines[2]).toBe(
      '  GET https://api.test/user — method and URL match, but header authorization: expected /^Bearer /, got absent',
    );
    expect(lines[3]).toBe('  POST https://api.test/user — URL matches, method is POST');
    expect(error.message).toContain('Routes:');
    expect(error.message).toMatch(/4\s+GET\s+https:\/\/api\.test\/user\s+headers\s+0\s+any/);
    expect((error as NoMockAddress).request?.url).toBe('https://api.test/user');
    expect(mock.lastCall?.error).toBe(error);
  });

  it('says when no routes are registered, and never shows a URL password', async () => {
    const { session } = mockSession();
    const error = await rejection(session.get('https://u:secret@api.test/x'));
    expect(error.message).toBe('No mock route matches GET https://api.test/x\nNo routes are registered.');
  });
});
