import { types } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import { plainHeaders } from '../src/plain-headers.js';
import { PreparedRequest } from '../src/prepared-request.js';
import { Response } from '../src/response.js';

describe('plainHeaders', () => {
  it("is a prepared request's header dict itself: changes show through both ways", () => {
    const p = new PreparedRequest();
    p.prepare({ method: 'GET', url: 'http://example.com/', headers: { Accept: 'text/html' } });
    const plain = plainHeaders(p);
    expect(plain).toBeInstanceOf(CaseInsensitiveDict);
    expect(plain.get('accept')).toBe('text/html');
    plain.set('X-Added', '1');
    expect(p.headers['x-added']).toBe('1');
    p.headers['X-Other'] = '2';
    expect(plain.get('x-other')).toBe('2');
    expect([...plain.keys()]).toEqual([...p.headers.keys()]);
  });

  it("is a response's header dict itself, repeated values kept apart", () => {
    const r = new Response();
    const filled = CaseInsensitiveDict.plain<string>();
    filled.append('Set-Cookie', 'a=1');
    filled.append('Set-Cookie', 'b=2');
    r.headers = filled;
    expect(plainHeaders(r)).toBe(filled);
    expect(plainHeaders(r).getAll('set-cookie')).toEqual(['a=1', 'b=2']);
    expect(r.headers['set-cookie']).toBe('a=1, b=2');
  });

  it('follows a headers assignment', () => {
    const p = new PreparedRequest();
    const replacement = CaseInsensitiveDict.plain({ 'X-New': 'yes' });
    p.headers = replacement.view();
    expect(plainHeaders(p)).toBe(replacement);
  });

  it('is never a Proxy: a dict the user built (with bracket access) is unwrapped on assignment', () => {
    const r = new Response();
    const built = new CaseInsensitiveDict({ 'X-A': '1' });
    expect(types.isProxy(built)).toBe(true);
    r.headers = built;
    expect(types.isProxy(plainHeaders(r))).toBe(false);
    expect(plainHeaders(r).get('x-a')).toBe('1');
    built['X-B'] = '2';
    expect(r.headers['x-b']).toBe('2');
    const p = new PreparedRequest().prepare({ method: 'GET', url: 'http://example.com/', headers: built });
    expect(types.isProxy(plainHeaders(p))).toBe(false);
    expect(types.isProxy(plainHeaders(p.copy()))).toBe(false);
  });

  it('answers for a message of another copy of core through its headers', () => {
    const foreign = { headers: new CaseInsensitiveDict({ Accept: '*/*' }) } as unknown as Response;
    expect(plainHeaders(foreign).get('accept')).toBe('*/*');
  });
});
