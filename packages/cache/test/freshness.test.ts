import { describe, expect, it } from 'vitest';
import { cachingSession, reply, useOrigin } from './origin.js';

const origin = useOrigin();

describe('freshness (RFC 9111 §4.2) against a real server', () => {
  it('max-age: the second GET is a hit with an Age header, the server sees one request', async () => {
    origin.route(
      '/a',
      reply({ 'Cache-Control': 'max-age=60' }, (n) => `v${n}`),
    );
    const { session } = cachingSession();
    const first = await session.get(`${origin.url}/a`);
    expect(first.cacheStatus).toBe('miss');
    expect(first.fromCache).toBe(false);
    const second = await session.get(`${origin.url}/a`);
    expect(second.cacheStatus).toBe('hit');
    expect(second.fromCache).toBe(true);
    expect(second.text).toBe('v1');
    expect(second.headers.age).toMatch(/^\d+$/);
    expect(origin.hits('/a')).toBe(1);
    await session.close();
  });

  it('directive names are case-insensitive', async () => {
    origin.route('/a', reply({ 'Cache-Control': 'Max-Age=60' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/a`);
    expect((await session.get(`${origin.url}/a`)).cacheStatus).toBe('hit');
    await session.close();
  });

  it('an Age from upstream counts against max-age', async () => {
    origin.route('/aged', reply({ 'Cache-Control': 'max-age=10', Age: '20' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/aged`);
    expect((await session.get(`${origin.url}/aged`)).cacheStatus).toBe('miss');
    expect(origin.hits('/aged')).toBe(2);
    await session.close();
  });

  it('Expires relative to Date; an Expires in the past or invalid is stale', async () => {
    const now = Date.now();
    origin.route(
      '/future',
      reply({ Date: new Date(now).toUTCString(), Expires: new Date(now + 60_000).toUTCString() }),
    );
    origin.route(
      '/past',
      reply({ Date: new Date(now).toUTCString(), Expires: new Date(now - 60_000).toUTCString() }),
    );
    origin.route('/zero', reply({ Expires: '0' }));
    const { session } = cachingSession();
    for (const path of ['/future', '/past', '/zero']) await session.get(`${origin.url}${path}`);
    expect((await session.get(`${origin.url}/future`)).cacheStatus).toBe('hit');
    expect((await session.get(`${origin.url}/past`)).cacheStatus).toBe('miss');
    expect((await session.get(`${origin.url}/zero`)).cacheStatus).toBe('miss');
    await session.close();
  });

  it('max-age wins over Expires', async () => {
    origin.route(
      '/both',
      reply({ 'Cache-Control': 'max-age=0', Expires: new Date(Date.now() + 60_000).toUTCString() }),
    );
    const { session } = cachingSession();
    await session.get(`${origin.url}/both`);
    expect((await session.get(`${origin.url}/both`)).cacheStatus).toBe('miss');
    await session.close();
  });

  it('heuristic freshness: 10 % of the Last-Modified age, only for heuristically cacheable statuses', async () => {
    const now = Date.now();
    const headers = {
      Date: new Date(now).toUTCString(),
      'Last-Modified': new Date(now - 3_600_000).toUTCString(),
    };
    origin.route('/h200', reply(headers));
    origin.route('/h302', (_req, res) => res.writeHead(302, { ...headers, Location: '/h200' }).end());
    const { session } = cachingSession({ cacheableStatus: [200, 302] });
    await session.get(`${origin.url}/h200`);
    expect((await session.get(`${origin.url}/h200`)).cacheStatus).toBe('hit');
    await session.get(`${origin.url}/h302`, { allowRedirects: false });
    const redirect = await session.get(`${origin.url}/h302`, { allowRedirects: false });
    expect(redirect.cacheStatus).not.toBe('hit');
    expect(origin.hits('/h302')).toBe(2);
    await session.close();
  });

  it('s-maxage counts only in a shared cache', async () => {
    origin.route('/s', reply({ 'Cache-Control': 'max-age=0, s-maxage=60' }));
    const shared = cachingSession({ shared: true });
    await shared.session.get(`${origin.url}/s`);
    expect((await shared.session.get(`${origin.url}/s`)).cacheStatus).toBe('hit');
    const client = cachingSession();
    await client.session.get(`${origin.url}/s`);
    expect((await client.session.get(`${origin.url}/s`)).cacheStatus).toBe('miss');
    await shared.session.close();
    await client.session.close();
  });

  it('immutable: a fresh response is not revalidated on a request no-cache', async () => {
    origin.route('/imm', reply({ 'Cache-Control': 'max-age=60, immutable', ETag: '"i"' }));
    origin.route('/mut', reply({ 'Cache-Control': 'max-age=60', ETag: '"m"' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/imm`);
    await session.get(`${origin.url}/mut`);
    const headers = { 'Cache-Control': 'no-cache' };
    expect((await session.get(`${origin.url}/imm`, { headers })).cacheStatus).toBe('hit');
    expect((await session.get(`${origin.url}/mut`, { headers })).cacheStatus).not.toBe('hit');
    expect(origin.hits('/mut')).toBe(2);
    await session.close();
  });
});
