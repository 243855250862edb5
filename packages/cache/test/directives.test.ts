import { describe, expect, it } from 'vitest';
import { cachingSession, reply, useOrigin } from './origin.js';

const origin = useOrigin();

describe('response directives', () => {
  it('no-store is never stored', async () => {
    origin.route('/ns', reply({ 'Cache-Control': 'no-store, max-age=60' }));
    const { session, adapter } = cachingSession();
    await session.get(`${origin.url}/ns`);
    expect((await session.get(`${origin.url}/ns`)).cacheStatus).toBe('miss');
    expect(await adapter.keys()).toEqual([]);
    await session.close();
  });

  it('no-cache is stored but revalidated every time', async () => {
    origin.route('/nc', (req, res) => {
      if (req.headers['if-none-match'] === '"e1"') res.writeHead(304, { ETag: '"e1"' }).end();
      else res.writeHead(200, { 'Cache-Control': 'no-cache, max-age=60', ETag: '"e1"' }).end('body');
    });
    const { session } = cachingSession();
    await session.get(`${origin.url}/nc`);
    const again = await session.get(`${origin.url}/nc`);
    expect(again.cacheStatus).toBe('revalidated');
    expect(again.text).toBe('body');
    expect(origin.hits('/nc')).toBe(2);
    await session.close();
  });

  it('private is stored by a private cache, not by a shared one', async () => {
    origin.route('/p', reply({ 'Cache-Control': 'private, max-age=60' }));
    const client = cachingSession();
    const shared = cachingSession({ shared: true });
    for (const { session } of [client, shared]) await session.get(`${origin.url}/p`);
    expect((await client.session.get(`${origin.url}/p`)).cacheStatus).toBe('hit');
    expect((await shared.session.get(`${origin.url}/p`)).cacheStatus).toBe('miss');
    await client.session.close();
    await shared.session.close();
  });

  it('Authorization: a shared cache stores only public / s-maxage / must-revalidate answers', async () => {
    origin.route('/plain', reply({ 'Cache-Control': 'max-age=60' }));
    origin.route('/public', reply({ 'Cache-Control': 'public, max-age=60' }));
    origin.route('/smax', reply({ 's-maxage': '', 'Cache-Control': 's-maxage=60' }));
    const { session } = cachingSession({ shared: true });
    const auth: [string, string] = ['user', 'pass'];
    for (const path of ['/plain', '/public', '/smax']) await session.get(`${origin.url}${path}`, { auth });
    expect((await session.get(`${origin.url}/plain`, { auth })).cacheStatus).toBe('miss');
    expect((await session.get(`${origin.url}/public`, { auth })).cacheStatus).toBe('hit');
    expect((await session.get(`${origin.url}/smax`, { auth })).cacheStatus).toBe('hit');
    await session.close();
  });

  it('must-revalidate: a stale response is not served on a server error', async () => {
    origin.route('/mr', (_req, res, hit) => {
      if (hit === 1) res.writeHead(200, { 'Cache-Control': 'max-age=0, must-revalidate' }).end('old');
      else res.writeHead(503).end('down');
    });
    origin.route('/sie', (_req, res, hit) => {
      if (hit === 1) res.writeHead(200, { 'Cache-Control': 'max-age=0, stale-if-error=60' }).end('old');
      else res.writeHead(503).end('down');
    });
    const { session } = cachingSession();
    await session.get(`${origin.url}/mr`);
    await session.get(`${origin.url}/sie`);
    const mr = await session.get(`${origin.url}/mr`);
    expect(mr.statusCode).toBe(503);
    const sie = await session.get(`${origin.url}/sie`);
    expect(sie.statusCode).toBe(200);
    expect(sie.cacheStatus).toBe('stale');
    expect(sie.text).toBe('old');
    expect(sie.headers.age).toMatch(/^\d+$/);
    await session.close();
  });

  it('proxy-revalidate forbids stale answers in a shared cache only', async () => {
    origin.route('/pr', (_req, res, hit) => {
      if (hit <= 2) res.writeHead(200, { 'Cache-Control': 'max-age=0, proxy-revalidate' }).end('old');
      else res.writeHead(503).end('down');
    });
    const client = cachingSession({ staleIfError: true });
    const shared = cachingSession({ staleIfError: true, shared: true });
    await client.session.get(`${origin.url}/pr`);
    await shared.session.get(`${origin.url}/pr`);
    expect((await client.session.get(`${origin.url}/pr`)).cacheStatus).toBe('stale');
    expect((await shared.session.get(`${origin.url}/pr`)).statusCode).toBe(503);
    await client.session.close();
    await shared.session.close();
  });

  it('staleIfError: true serves a stale response when the server is gone', async () => {
    origin.route('/gone', reply({ 'Cache-Control': 'max-age=0', ETag: '"g"' }, 'kept'));
    const { session } = cachingSession({ staleIfError: true });
    await session.get(`${origin.url}/gone`);
    await origin.close();
    const r = await session.get(`${origin.url}/gone`, { timeout: 2000 });
    expect(r.cacheStatus).toBe('stale');
    expect(r.text).toBe('kept');
    await session.close();
  });

  it('Vary: one variant per listed request header; Vary: * is never stored', async () => {
    origin.route('/v', (req, res) =>
      res
        .writeHead(200, { 'Cache-Control': 'max-age=60', Vary: 'Accept-Language' })
        .end(String(req.headers['accept-language'])),
    );
    origin.route('/star', reply({ 'Cache-Control': 'max-age=60', Vary: '*' }));
    const { session } = cachingSession();
    const en = { headers: { 'Accept-Language': 'en' } };
    const fr = { headers: { 'Accept-Language': 'fr' } };
    await session.get(`${origin.url}/v`, en);
    await session.get(`${origin.url}/v`, fr);
    const enHit = await session.get(`${origin.url}/v`, en);
    const frHit = await session.get(`${origin.url}/v`, fr);
    expect([enHit.cacheStatus, enHit.text]).toEqual(['hit', 'en']);
    expect([frHit.cacheStatus, frHit.text]).toEqual(['hit', 'fr']);
    expect(origin.hits('/v')).toBe(2);
    await session.get(`${origin.url}/star`);
    expect((await session.get(`${origin.url}/star`)).cacheStatus).toBe('miss');
    await session.close();
  });

  it('Vary: Authorization keeps variants apart without storing the credentials', async () => {
    origin.route('/me', (req, res) =>
      res
        .writeHead(200, { 'Cache-Control': 'private, max-age=60', Vary: 'Authorization' })
        .end(String(req.headers.authorization)),
    );
    const { session, adapter } = cachingSession();
    const alice = { headers: { Authorization: 'Bearer alice-secret' } };
    const bob = { headers: { Authorization: 'Bearer bob-secret' } };
    await session.get(`${origin.url}/me`, alice);
    expect((await session.get(`${origin.url}/me`, bob)).text).toBe('Bearer bob-secret');
    const hit = await session.get(`${origin.url}/me`, alice);
    expect([hit.cacheStatus, hit.text]).toEqual(['hit', 'Bearer alice-secret']);
    const entry = await adapter.cache.store.get(`GET ${origin.url}/me`);
    const meta = JSON.stringify(entry?.variants.map((v) => ({ ...v, body: null })));
    expect(meta).not.toContain('secret');
    await session.close();
  });

  it('matchHeaders select variants as Vary does', async () => {
    origin.route('/m', (req, res) =>
      res.writeHead(200, { 'Cache-Control': 'max-age=60' }).end(String(req.headers['x-tenant'])),
    );
    const { session } = cachingSession({ matchHeaders: ['X-Tenant'] });
    await session.get(`${origin.url}/m`, { headers: { 'X-Tenant': 'a' } });
    const b = await session.get(`${origin.url}/m`, { headers: { 'X-Tenant': 'b' } });
    expect([b.cacheStatus, b.text]).toEqual(['miss', 'b']);
    await session.close();
  });
});

describe('request directives', () => {
  it('max-age=0 and no-cache revalidate; no-store is not stored', async () => {
    origin.route('/r', reply({ 'Cache-Control': 'max-age=60' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/r`);
    expect(
      (await session.get(`${origin.url}/r`, { headers: { 'Cache-Control': 'max-age=0' } })).cacheStatus,
    ).toBe('miss');
    expect((await session.get(`${origin.url}/r`, { headers: { Pragma: 'no-cache' } })).cacheStatus).toBe(
      'miss',
    );
    origin.route('/ns', reply({ 'Cache-Control': 'max-age=60' }));
    await session.get(`${origin.url}/ns`, { headers: { 'Cache-Control': 'no-store' } });
    expect((await session.get(`${origin.url}/ns`)).cacheStatus).toBe('miss');
    await session.close();
  });

  it('max-stale accepts a stale response; min-fresh refuses one about to expire', async () => {
    origin.route('/old', reply({ 'Cache-Control': 'max-age=1', Age: '5' }));
    origin.route('/fresh', reply({ 'Cache-Control': 'max-age=30' }));
    const { session } = cachingSession();
    await session.get(`${origin.url}/old`);
    await session.get(`${origin.url}/fresh`);
    const stale = await session.get(`${origin.url}/old`, { headers: { 'Cache-Control': 'max-stale=60' } });
    expect(stale.cacheStatus).toBe('stale');
    expect(Number(stale.headers.age)).toBeGreaterThanOrEqual(5);
    const minFresh = await session.get(`${origin.url}/fresh`, {
      headers: { 'Cache-Control': 'min-fresh=60' },
    });
    expect(minFresh.cacheStatus).toBe('miss');
    await session.close();
  });

  it('only-if-cached: 504 when nothing is stored, the stored response otherwise', async () => {
    origin.route('/oic', reply({ 'Cache-Control': 'max-age=60' }));
    const { session } = cachingSession();
    const absent = await session.get(`${origin.url}/oic`, { cache: { onlyIfCached: true } });
    expect(absent.statusCode).toBe(504);
    expect(origin.hits('/oic')).toBe(0);
    const header = await session.get(`${origin.url}/oic`, { headers: { 'Cache-Control': 'only-if-cached' } });
    expect(header.statusCode).toBe(504);
    await session.get(`${origin.url}/oic`);
    const present = await session.get(`${origin.url}/oic`, { cache: { onlyIfCached: true } });
    expect([present.statusCode, present.cacheStatus]).toEqual([200, 'hit']);
    await session.close();
  });
});
