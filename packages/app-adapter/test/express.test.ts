import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';
import express, { type NextFunction, type Request, type Response } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { AppAdapter } from '../src/app-adapter.js';

/** A small real Express app: routing, JSON and urlencoded parsers, cookies, redirects, an error handler. */
function expressApp() {
  const app = express();
  app.use(express.json());
  app.use(express.urlencoded({ extended: false }));
  app.get('/users/:id', (req, res) => {
    res.json({ id: req.params.id, q: req.query.q ?? null, protocol: req.protocol, ip: req.ip });
  });
  app.post('/users', (req, res) => {
    res.status(201).location(`/users/${req.body.name}`).json({ created: req.body });
  });
  app.post('/login', (req, res) => {
    res.cookie('sid', `for-${req.body.user}`, { httpOnly: true, path: '/' }).redirect(303, '/me');
  });
  app.get('/me', (req, res) => {
    res.type('text').send(`cookie: ${req.headers.cookie ?? 'none'}`);
  });
  app.get('/fail', () => {
    throw new Error('route failed');
  });
  app.use((error: Error, _req: Request, res: Response, _next: NextFunction) => {
    res.status(500).json({ error: error.message });
  });
  return app;
}

describe('AppAdapter with Express', () => {
  let s: Session;
  afterEach(async () => {
    await s?.close();
  });

  function session(): Session {
    s = new Session({ multipartEncoder: new MultipartEncoder() });
    s.mount('http://api/', new AppAdapter(expressApp()));
    s.mount('https://api/', new AppAdapter(expressApp()));
    return s;
  }

  it('routes, parses the query, and sees the URL scheme as req.protocol', async () => {
    session();
    const r = await s.get('http://api/users/7', { params: { q: 'x y' } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(r.json()).toEqual({ id: '7', q: 'x y', protocol: 'http', ip: '127.0.0.1' });
    expect((await s.get('https://api/users/8')).json()).toMatchObject({ protocol: 'https' });
  });

  it('takes JSON bodies through express.json()', async () => {
    session();
    const r = await s.post('http://api/users', { json: { name: 'ada' } });
    expect(r.statusCode).toBe(201);
    expect(r.headers.location).toBe('/users/ada');
    expect(r.json()).toEqual({ created: { name: 'ada' } });
  });

  it('logs in with a form, gets the cookie, follows the 303 as a GET', async () => {
    session();
    const r = await s.post('http://api/login', { data: { user: 'ada' } });
    expect(r.history.map((h) => h.statusCode)).toEqual([303]);
    expect(r.request.method).toBe('GET');
    expect(r.text).toBe('cookie: sid=for-ada');
  });

  it("answers with Express' own error handler, not a thrown error", async () => {
    session();
    const r = await s.get('http://api/fail');
    expect(r.statusCode).toBe(500);
    expect(r.json()).toEqual({ error: 'route failed' });
  });
});
