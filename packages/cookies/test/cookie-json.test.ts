import { describe, expect, it } from 'vitest';
import { RequestsCookieJar } from '../src/requests-cookie-jar.js';

function richJar(): RequestsCookieJar {
  const jar = new RequestsCookieJar();
  jar.storeResponseCookies(
    [
      'sid=abc; HttpOnly; Secure; Path=/',
      'pref=dark; Domain=example.com; Path=/app; Expires=Fri, 01 Jan 2100 00:00:00 GMT',
    ],
    'https://www.example.com/',
  );
  jar.set('any', '1', { path: '/x', secure: true });
  jar.set('__proto__', 'p', { domain: '127.0.0.1' });
  return jar;
}

describe('toJSON / fromJSON', () => {
  it('round-trips every attribute through JSON.stringify', () => {
    const jar = richJar();
    const text = JSON.stringify(jar);
    const back = RequestsCookieJar.fromJSON(text);
    expect(back.toJSON()).toEqual(jar.toJSON());
    expect(back.cookieHeaderFor('https://www.example.com/app')).toBe('pref=dark; sid=abc');
    expect(back.cookieHeaderFor('https://api.example.com/app')).toBe('pref=dark');
    expect(back.cookieHeaderFor('https://any.test/x')).toBe('any=1');
  });

  it('writes a stable, documented shape', () => {
    expect(richJar().toJSON()).toEqual({
      version: 1,
      cookies: [
        {
          name: 'sid',
          value: 'abc',
          domain: 'www.example.com',
          path: '/',
          secure: true,
          httpOnly: true,
          hostOnly: true,
          expires: null,
        },
        {
          name: 'pref',
          value: 'dark',
          domain: 'example.com',
          path: '/app',
          secure: false,
          httpOnly: false,
          hostOnly: false,
          expires: Date.UTC(2100, 0, 1),
        },
        {
          name: 'any',
          value: '1',
          domain: '',
          path: '/x',
          secure: true,
          httpOnly: false,
          hostOnly: false,
          expires: null,
        },
        {
          name: '__proto__',
          value: 'p',
          domain: '127.0.0.1',
          path: '/',
          secure: false,
          httpOnly: false,
          hostOnly: false,
          expires: null,
        },
      ],
    });
  });

  it('accepts the parsed value, fills missing fields with defaults and skips expired cookies', () => {
    const jar = RequestsCookieJar.fromJSON({
      version: 1,
      cookies: [
        { name: 'a', value: '1' },
        { name: 'old', value: '1', expires: 1000 },
        JSON.parse('{"name":"__proto__","value":"2"}'),
      ],
    });
    expect(jar.items()).toEqual([
      ['a', '1'],
      ['__proto__', '2'],
    ]);
    expect(jar.cookieHeaderFor('http://anywhere.test/')).toBe('a=1; __proto__=2');
  });

  it.each([
    ['not JSON', '{nope', /not valid JSON/],
    ['no cookies array', { version: 1 }, /"cookies" array/],
    ['null', null, /"cookies" array/],
    ['a record that is not an object', { cookies: [1] }, /cookies\[0\] is not an object/],
    [
      'a name that is not a string',
      { cookies: [{ name: 1, value: 'x' }] },
      /cookies\[0\]\.name must be a string/,
    ],
    [
      'a secure that is not a boolean',
      { cookies: [{ name: 'a', value: 'x', secure: 'yes' }] },
      /cookies\[0\]\.secure/,
    ],
    ['an invalid value', { cookies: [{ name: 'a', value: 'x;y' }] }, /cookies\[0\]: Invalid value/],
    ['a public-suffix domain', { cookies: [{ name: 'a', value: 'x', domain: 'com' }] }, /public suffix/],
  ])('rejects %s with a TypeError', (_label, data, message) => {
    expect(() => RequestsCookieJar.fromJSON(data)).toThrow(TypeError);
    expect(() => RequestsCookieJar.fromJSON(data)).toThrow(message);
  });

  it('does not pollute prototypes from hostile JSON', () => {
    RequestsCookieJar.fromJSON(
      '{"cookies":[{"name":"a","value":"1","__proto__":{"polluted":true}}],"__proto__":{"x":1}}',
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
