// The pre-wired Session's .netrc lookup against httpbin: credentials from the file reach the
// server, and a file created or edited after a request is seen once the 100 ms recheck is due.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HTTPDigestAuth, Session } from '../src/index.js';

/**
 * Waits until `ms` have passed on the clock the netrc cache reads. A bare `sleep(ms)` is not
 * enough: timers count from the event loop's cached time, which a busy loop leaves behind.
 */
async function waitAtLeast(ms: number): Promise<void> {
  const until = performance.now() + ms;
  for (let left = ms; left > 0; left = until - performance.now()) await sleep(Math.ceil(left));
}

const httpbin = useHttpbin();
let dir: string;
const savedNetrc = process.env.NETRC;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'reqs-session-netrc-'));
});
afterEach(() => {
  if (savedNetrc === undefined) delete process.env.NETRC;
  else process.env.NETRC = savedNetrc;
  rmSync(dir, { recursive: true, force: true });
});

describe('Session and .netrc', () => {
  it('sends the credentials the file holds for the host', async () => {
    const path = join(dir, 'netrc');
    writeFileSync(path, 'machine 127.0.0.1 login netrc-user password netrc-pass', { mode: 0o600 });
    process.env.NETRC = path;
    await using s = new Session();
    const r = await s.get(`${httpbin.url}/basic-auth/netrc-user/netrc-pass`);
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ authenticated: true, user: 'netrc-user' });
  });

  it('sees a file created or edited after a request within 100 ms', async () => {
    const path = join(dir, 'netrc');
    process.env.NETRC = path;
    await using s = new Session();
    const url = `${httpbin.url}/basic-auth/late/pass-1`;
    expect((await s.get(url)).statusCode).toBe(401);
    writeFileSync(path, 'machine 127.0.0.1 login late password pass-1', { mode: 0o600 });
    await waitAtLeast(150);
    expect((await s.get(url)).statusCode).toBe(200);
    writeFileSync(path, 'machine 127.0.0.1 login late password pass-2', { mode: 0o600 });
    await waitAtLeast(150);
    expect((await s.get(`${httpbin.url}/basic-auth/late/pass-2`)).statusCode).toBe(200);
  });

  it('gives no auth for an entry with empty login and password (no Basic Og==)', async () => {
    const path = join(dir, 'netrc');
    writeFileSync(path, 'machine 127.0.0.1 login "" password ""', { mode: 0o600 });
    process.env.NETRC = path;
    await using s = new Session();
    const r = await s.get(`${httpbin.url}/headers`);
    expect((r.json() as { headers: Record<string, string> }).headers.Authorization).toBeUndefined();
  });

  it('never replaces explicit Digest auth with .netrc on a redirect hop (issue 13)', async () => {
    const path = join(dir, 'netrc');
    writeFileSync(path, 'machine 127.0.0.1 login netrc-user password netrc-pass', { mode: 0o600 });
    process.env.NETRC = path;
    await using s = new Session();
    const target = '/digest-auth/auth/user/pass';
    const r = await s.get(`${httpbin.url}/redirect-to?url=${encodeURIComponent(target)}`, {
      auth: new HTTPDigestAuth('user', 'pass'),
    });
    expect(r.statusCode).toBe(200);
    expect(r.request.headers.get('Authorization')).toMatch(/^Digest /);
  });
});
