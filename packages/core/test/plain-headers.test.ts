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
    const filled = new CaseInsensitiveDict<string>();
    filled.append('Set-Cookie', 'a=1');
    filled.append('Set-Cookie', 'b=2');
    r.headers = filled;
    expect(plainHeaders(r)).toBe(filled);
    expect(plainHeaders(r).getAll('set-cookie')).toEqual(['a=1', 'b=2']);
    expect(r.headers['set-cookie']).toBe('a=1, b=2');
  });

  it('follows a headers assignment', () => {
    const p = new PreparedRequest();
    const replacement = new CaseInsensitiveDict({ 'X-New': 'yes' });
    p.headers = replacement.view();
    expect(plainHeaders(p)).toBe(replacement);
  });

  it('answers for a message of another copy of core through its headers', () => {
    const foreign = { headers: new CaseInsensitiveDict({ Accept: '*/*' }) } as unknown as Response;
    expect(plainHeaders(foreign).get('accept')).toBe('*/*');
  });
});
