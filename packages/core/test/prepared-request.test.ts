import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import type { ResponseHook } from '../src/hooks/hook-types.js';
import { PreparedRequest } from '../src/prepared-request.js';
import { Request } from '../src/request.js';

const hook: ResponseHook = () => undefined;

describe('PreparedRequest', () => {
  it('starts empty', () => {
    const p = new PreparedRequest();
    expect(p.method).toBe('');
    expect(p.url).toBe('');
    expect(p.body).toBeNull();
    expect(p.headers.size).toBe(0);
    expect(p.hooks).toEqual({ response: [] });
    expect(p.cookieJar).toBeNull();
    expect(p.bodyRewind).toBeNull();
  });

  it('prepares every part', () => {
    const p = new PreparedRequest().prepare({
      method: 'post',
      url: 'http://example.com/a',
      params: { q: 1 },
      headers: { 'X-A': '1' },
      data: { f: 'v' },
      cookies: { c: '1' },
      auth: ['u', 'p'],
      hooks: { response: hook },
    });
    expect(p.method).toBe('POST');
    expect(p.url).toBe('http://example.com/a?q=1');
    expect(p.body).toBe('f=v');
    expect(p.headers.toJSON()).toEqual({
      'X-A': '1',
      Cookie: 'c=1',
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': '3',
      Authorization: 'Basic dTpw',
    });
    expect(p.hooks.response).toEqual([hook]);
    expect(p.bodyRewind?.()).toBe('f=v');
  });

  it('renders as <PreparedRequest [METHOD]>', () => {
    const p = new PreparedRequest().prepare({ method: 'patch', url: 'http://x/' });
    expect(String(p)).toBe('<PreparedRequest [PATCH]>');
    expect(inspect(p)).toBe('<PreparedRequest [PATCH]>');
  });

  it('copies headers, hook lists and keeps the body', () => {
    const body = new Uint8Array([1, 2]);
    const p = new PreparedRequest().prepare({
      method: 'PUT',
      url: 'http://x/',
      data: body,
      headers: { A: '1' },
      hooks: { response: [hook] },
    });
    const c = p.copy();
    expect(c).not.toBe(p);
    expect(c.method).toBe('PUT');
    expect(c.url).toBe(p.url);
    expect(c.body).toBe(body);
    expect(c.bodyRewind).toBe(p.bodyRewind);
    expect(c.headers.equals(p.headers)).toBe(true);
    c.headers.set('B', '2');
    c.hooks.response.push(hook);
    expect(p.headers.has('B')).toBe(false);
    expect(p.hooks.response).toHaveLength(1);
  });

  it('registers and deregisters hooks', () => {
    const p = new PreparedRequest();
    const other: ResponseHook = () => undefined;
    p.registerHook('response', hook);
    p.registerHook('response', [other, hook]);
    expect(p.hooks.response).toEqual([hook, other, hook]);
    expect(p.deregisterHook('response', hook)).toBe(true);
    expect(p.hooks.response).toEqual([other, hook]);
    expect(p.deregisterHook('response', () => undefined)).toBe(false);
    expect(() => p.registerHook('request' as 'response', hook)).toThrow(
      'Unsupported event specified, with event name "request"',
    );
  });

  it('accepts a plain dict or a view as headers and hands out a view', () => {
    const p = new PreparedRequest();
    const dict = new CaseInsensitiveDict({ 'Content-Type': 'text/plain' });
    p.headers = dict;
    expect(p.headers['content-type']).toBe('text/plain');
    dict.set('X', '1');
    expect(p.headers.get('x')).toBe('1');
    const q = new PreparedRequest();
    q.headers = p.headers;
    expect(q.headers.X).toBe('1');
  });

  it('lets fields be rewritten after preparation, as Requests users do', () => {
    const p = new Request('POST', 'http://x/', { json: { a: 1 } }).prepare();
    p.body = 'exactly this';
    p.headers.delete('Content-Type');
    expect(p.headers.toJSON()).toEqual({ 'Content-Length': '12' });
  });
});

describe('Request', () => {
  it('has writable fields, every argument optional', () => {
    const r = new Request();
    expect(r.method).toBeNull();
    expect(r.url).toBeNull();
    r.method = 'get';
    r.url = 'http://example.com';
    r.params = { a: 'b' };
    r.headers = { Accept: 'x' };
    const p = r.prepare();
    expect(p.url).toBe('http://example.com/?a=b');
    expect(p.headers.get('accept')).toBe('x');
    expect(String(r)).toBe('<Request [get]>');
  });

  // Requests' test_basic_building.
  it('builds a form body from data', () => {
    const r = new Request('POST', 'http://kennethreitz.org/', { data: { life: '42' } });
    expect(r.prepare().body).toBe('life=42');
  });

  it('carries hooks into the prepared request', () => {
    const r = new Request('GET', 'http://x/', { hooks: { response: hook } });
    const other: ResponseHook = () => undefined;
    r.registerHook('response', other);
    expect(r.prepare().hooks.response).toEqual([hook, other]);
    expect(r.deregisterHook('response', other)).toBe(true);
    expect(r.prepare().hooks.response).toEqual([hook]);
  });

  it('passes its multipart encoder on', () => {
    const encoder = {
      encode: () => ({ body: 'x', contentType: 'multipart/form-data; boundary=b', length: 1 }),
    };
    const p = new Request('POST', 'http://x/', { files: { f: 'y' }, multipartEncoder: encoder }).prepare();
    expect(p.body).toBe('x');
    expect(p.multipartEncoder).toBe(encoder);
  });
});
