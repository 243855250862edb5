import { createHmac } from 'node:crypto';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import { HmacAuth } from './examples/hmac-auth.js';
import { RefreshingTokenAuth } from './examples/token-auth.js';
import { useSession } from './helpers/session.js';

describe("the README's third-party auth examples", () => {
  it('HmacAuth signs the request it is given', async () => {
    const httpbin = await startHttpbin();
    const { session } = useSession();
    const r = await session.get(`${httpbin.url}/headers?x=1`, { auth: new HmacAuth('key-1', 's3cret') });
    const { headers } = r.json<{ headers: Record<string, string> }>();
    const signature = createHmac('sha256', 's3cret').update(`GET /headers?x=1 ${headers.Date}`).digest('hex');
    expect(headers.Authorization).toBe(`HMAC key-1:${signature}`);
  });

  it('RefreshingTokenAuth answers a 401 once with a fresh token, then sends it up front', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    let issued = 0;
    const auth = new RefreshingTokenAuth(async () => `token-${++issued}`);
    const first = await session.get(`${httpbin.url}/bearer`, { auth });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ authenticated: true, token: 'token-1' });
    expect(first.history.map((h) => h.statusCode)).toEqual([401]);
    const second = await session.get(`${httpbin.url}/bearer`, { auth });
    expect(second.json()).toEqual({ authenticated: true, token: 'token-1' });
    expect(sent.map((s) => s.headers.Authorization)).toEqual([undefined, 'Bearer token-1', 'Bearer token-1']);
  });

  it('RefreshingTokenAuth retries only once', async () => {
    const httpbin = await startHttpbin();
    const { session, sent } = useSession();
    const auth = new RefreshingTokenAuth(async () => 'ignored');
    const r = await session.get(`${httpbin.url}/status/401`, { auth });
    expect(r.statusCode).toBe(401);
    expect(sent).toHaveLength(2);
  });
});
