import { Readable } from 'node:stream';
import { HTTPBasicAuth } from '@reqs/auth';
import { ContentDecodingError, ReadTimeout } from '@reqs/core';
import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';
import { afterEach, describe, expect, it } from 'vitest';
import { AppAdapter } from '../src/app-adapter.js';
import { type AppEcho, app } from './app.js';

function session(adapter = new AppAdapter(app)): Session {
  const s = new Session({ multipartEncoder: new MultipartEncoder() });
  s.mount('http://app/', adapter);
  s.mount('https://app/', adapter);
  return s;
}

describe('AppAdapter', () => {
  let s: Session;
  afterEach(async () => {
    await s?.close();
  });

  it('runs a GET through the listener: request line, headers, Host, no socket', async () => {
    s = session();
    const r = await s.get('http://app/echo?q=1', { headers: { 'X-Test': 'yes' } });
    expect(r.statusCode).toBe(200);
    expect(r.reason).toBe('OK');
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers.connection).toBeUndefined();
    expect(r.httpVersion).toBeUndefined();
    const echo = r.json<AppEcho>();
    expect(echo).toMatchObject({
      method: 'GET',
      url: '/echo?q=1',
      encrypted: false,
      remoteAddress: '127.0.0.1',
    });
    expect(echo.headers).toMatchObject({ host: 'app', 'x-test': 'yes' });
    expect(r.connection).toBeInstanceOf(AppAdapter);
  });

  it('marks the socket encrypted for https URLs', async () => {
    s = session();
    expect((await s.get('https://app/echo')).json<AppEcho>().encrypted).toBe(true);
  });

  it('sends form, JSON and multipart bodies with their framing headers', async () => {
    s = session();
    const form = (await s.post('http://app/echo', { data: { a: '1', b: 'two' } })).json<AppEcho>();
    expect(form.body).toBe('a=1&b=two');
    expect(form.headers['content-length']).toBe('9');
    expect(form.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const posted = (await s.post('http://app/echo', { json: { x: [1, 2] } })).json<AppEcho>();
    expect(JSON.parse(posted.body)).toEqual({ x: [1, 2] });
    const upload = await s.post('http://app/echo', {
      data: { field: 'value' },
      files: { file: ['notes.txt', 'file contents', 'text/plain'] },
    });
    const multipart = upload.json<AppEcho>();
    expect(multipart.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(multipart.body).toContain('filename="notes.txt"');
    expect(multipart.body).toContain('file contents');
    expect(multipart.body).toContain('name="field"');
  });

  it('streams a request body into the app (chunked, of unknown length)', async () => {
    s = session();
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(16 * 1024, 7));
    const r = await s.post('http://app/count', { data: Readable.from(chunks) });
    expect(r.json()).toEqual({ bytes: 64 * 16 * 1024 });
    expect(r.request.headers['transfer-encoding']).toBe('chunked');
  });

  it('streams the response as the app writes it', async () => {
    s = session();
    const r = await s.get('http://app/stream', { stream: true });
    const lines: string[] = [];
    for await (const line of r.iterLines({ decodeUnicode: true })) lines.push(line as string);
    expect(lines).toEqual(['line 1', 'line 2', 'line 3']);
  });

  it('follows redirects within the app and keeps its cookies', async () => {
    s = session();
    const r = await s.get('http://app/login');
    expect(r.statusCode).toBe(200);
    expect(r.history.map((h) => h.statusCode)).toEqual([302]);
    expect(r.json()).toEqual({ cookie: 'session=abc; theme=dark' });
    expect(s.cookies.get('session')).toBe('abc');
  });

  it('sends auth', async () => {
    s = session();
    expect((await s.get('http://app/private')).statusCode).toBe(401);
    const r = await s.get('http://app/private', { auth: new HTTPBasicAuth('user', 'pass') });
    expect(r.text).toBe('welcome');
  });

  it('decodes a gzip body and keeps the custom reason phrase', async () => {
    s = session();
    expect((await s.get('http://app/gzip')).text).toBe('squeezed in process');
    const teapot = await s.get('http://app/teapot');
    expect([teapot.statusCode, teapot.reason]).toEqual([418, 'Short And Stout']);
  });

  it('answers HEAD without a body', async () => {
    s = session();
    const r = await s.head('http://app/echo');
    expect(r.statusCode).toBe(200);
    expect(r.content.length).toBe(0);
  });

  it('rethrows the app error by default, sync or async', async () => {
    s = session();
    await expect(s.get('http://app/throw')).rejects.toThrow('boom in the app');
    const sync = new AppAdapter(() => {
      throw new Error('sync boom');
    });
    s.mount('http://sync/', sync);
    await expect(s.get('http://sync/')).rejects.toThrow('sync boom');
  });

  it('answers 500 with raiseAppExceptions: false, and fails the body when the head was out', async () => {
    s = session(new AppAdapter(app, { raiseAppExceptions: false }));
    const r = await s.get('http://app/throw');
    expect([r.statusCode, r.content.length]).toEqual([500, 0]);
    await expect(s.get('http://app/throw-late')).rejects.toThrow('boom after the head');
  });

  it('times out an app that never answers with ReadTimeout, and aborts on the signal', async () => {
    s = session();
    const error = await s.get('http://app/never', { timeout: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReadTimeout);
    const controller = new AbortController();
    const pending = s.get('http://app/never', { signal: controller.signal });
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });

  it('fails a body that does not decode with ContentDecodingError', async () => {
    s = session(
      new AppAdapter((_req, res) => {
        res.writeHead(200, { 'Content-Encoding': 'gzip' });
        res.end('not gzip at all');
      }),
    );
    await expect(s.get('http://app/')).rejects.toBeInstanceOf(ContentDecodingError);
  });

  it('refuses a handler that is not a function and unknown options', () => {
    expect(() => new AppAdapter({} as never)).toThrow(/request listener/);
    expect(() => new AppAdapter(app, { raise_app_exceptions: false } as never)).toThrow(
      /raise_app_exceptions/,
    );
  });
});
