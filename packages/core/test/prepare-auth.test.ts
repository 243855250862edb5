import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AuthBase } from '../src/auth-base.js';
import { basicAuthHeader } from '../src/basic-auth-header.js';
import { authFromUrl } from '../src/prepare/auth-from-url.js';
import { PreparedRequest } from '../src/prepared-request.js';
import type { PrepareOptions } from '../src/request-init.js';

function prepare(options: PrepareOptions): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'GET', url: 'http://example.com/', ...options });
}

describe('basicAuthHeader', () => {
  // Requests' test__basic_auth_str and test_basicauth_encodes_byte_strings.
  it.each([
    ['user', 'pass', 'Basic dXNlcjpwYXNz'],
    ['', '', 'Basic Og=='],
    ['üser', 'päss', `Basic ${Buffer.from('üser:päss', 'latin1').toString('base64')}`],
    ['Ωmega', 'π', `Basic ${Buffer.from('Ωmega:π', 'utf8').toString('base64')}`],
    ['a:b', 'c', 'Basic YTpiOmM='],
  ])('%j / %j → %s', (user, pass, expected) => {
    expect(basicAuthHeader(user, pass)).toBe(expected);
  });
});

describe('authFromUrl', () => {
  it.each<[string, [string, string] | null]>([
    ['http://user:pass@example.com/', ['user', 'pass']],
    ['http://us%40er:p%3Ass@example.com/path?q=@#@', ['us@er', 'p:ss']],
    ['http://user:@example.com/', ['user', '']],
    ['http://user@example.com/', null],
    ['http://example.com/a@b', null],
    ['http://example.com/?q=a:b@c', null],
    ['http://a:b@c@example.com/', ['a', 'b@c']],
    ['localhost:3128', null],
  ])('%s → %o', (url, expected) => {
    expect(authFromUrl(url)).toEqual(expected);
  });
});

describe('prepareAuth', () => {
  it('sends a [user, pass] pair as Basic', () => {
    expect(prepare({ auth: ['user', 'pass'] }).headers.get('Authorization')).toBe('Basic dXNlcjpwYXNz');
  });

  it('uses credentials in the URL when no auth is given, keeping them in the URL', () => {
    const p = prepare({ url: 'http://user:pass@example.com/path' });
    expect(p.headers.get('Authorization')).toBe('Basic dXNlcjpwYXNz');
    expect(p.url).toBe('http://user:pass@example.com/path');
    const explicit = prepare({ url: 'http://user:pass@example.com/', auth: ['other', 'x'] });
    expect(explicit.headers.get('Authorization')).toBe(basicAuthHeader('other', 'x'));
    expect(prepare({ url: 'http://user@example.com/' }).headers.has('Authorization')).toBe(false);
  });

  it('calls an AuthBase subclass', () => {
    class PizzaAuth extends AuthBase {
      constructor(private readonly username: string) {
        super();
      }
      call(r: PreparedRequest): PreparedRequest {
        r.headers.set('X-Pizza', this.username);
        return r;
      }
    }
    expect(prepare({ auth: new PizzaAuth('kenneth') }).headers.get('x-pizza')).toBe('kenneth');
  });

  it('calls any object with a call method (no instanceof, so two copies of core work)', () => {
    const auth = {
      call(r: PreparedRequest) {
        r.headers.set('X-Duck', 'quack');
        return r;
      },
    };
    expect(prepare({ auth: auth as unknown as AuthBase }).headers.get('X-Duck')).toBe('quack');
  });

  it('calls a function', () => {
    const p = prepare({
      auth: (r) => {
        r.headers.set('Authorization', 'Bearer t');
        return r;
      },
    });
    expect(p.headers.get('authorization')).toBe('Bearer t');
  });

  it('takes over the request an auth returns, and recomputes Content-Length', () => {
    const p = prepare({
      method: 'POST',
      data: 'abc',
      auth: (r) => {
        const signed = r.copy();
        signed.body = 'abc&signature=xyz';
        signed.headers.set('X-Signed', 'yes');
        return signed;
      },
    });
    expect(p.body).toBe('abc&signature=xyz');
    expect(p.headers.get('X-Signed')).toBe('yes');
    expect(p.headers.get('Content-Length')).toBe('17');
  });

  it('registers hooks an auth adds before the request hooks', () => {
    const authHook = () => undefined;
    const userHook = () => undefined;
    const p = prepare({
      auth: (r) => {
        r.registerHook('response', authHook);
        return r;
      },
      hooks: { response: userHook },
    });
    expect(p.hooks.response).toEqual([authHook, userHook]);
  });

  // Requests' test_empty_stream_with_auth_does_not_set_content_length_header.
  it('keeps an empty stream chunked after auth', () => {
    const p = prepare({ method: 'POST', data: Readable.from([]), auth: ['user', 'pass'] });
    expect(p.headers.has('Transfer-Encoding')).toBe(true);
    expect(p.headers.has('Content-Length')).toBe(false);
  });

  it('rejects an auth of the wrong shape', () => {
    expect(() => prepare({ auth: ['only-one'] as unknown as [string, string] })).toThrow(TypeError);
  });
});
