// PizzaAuth sent by a real Session (the transport comes from devDependencies only: the
// package itself depends on @reqs/core alone) to a server that demands the right pizza.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPAdapter } from '@reqs/adapters';
import { Session } from '@reqs/session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PizzaAuth } from '../src/index.js';

// "pizzabin": 200 for X-Pizza: kenneth, else 401.
const pizzabin = createServer((req, res) => {
  const ok = req.headers['x-pizza'] === 'kenneth';
  res.writeHead(ok ? 200 : 401, { 'Content-Type': 'text/plain' });
  res.end(ok ? 'welcome, kenneth' : 'no pizza, no entry');
});
let url = '';

beforeAll(async () => {
  await new Promise<void>((resolve) => pizzabin.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(pizzabin.address() as AddressInfo).port}/admin`;
});
afterAll(async () => {
  pizzabin.closeAllConnections();
  await new Promise((resolve) => pizzabin.close(resolve));
});

function session(): Session {
  const s = new Session();
  s.mount('http://', new HTTPAdapter());
  return s;
}

describe('PizzaAuth through a Session', () => {
  it('gets in with the right pizza, per request', async () => {
    await using s = session();
    const r = await s.get(url, { auth: new PizzaAuth('kenneth') });
    expect(r.statusCode).toBe(200);
    expect(r.text).toBe('welcome, kenneth');
    expect((await s.get(url)).statusCode).toBe(401);
  });

  it('works as the session auth, and a wrong pizza is refused', async () => {
    await using s = session();
    s.auth = new PizzaAuth('kenneth');
    expect((await s.get(url)).statusCode).toBe(200);
    s.auth = new PizzaAuth('mario');
    expect((await s.get(url)).statusCode).toBe(401);
  });
});
