import { inspect } from 'node:util';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import type { CharsetDetector } from '../src/charset-detector.js';
import type { CookieJar, CookieLike } from '../src/cookie-jar.js';
import { HTTPError } from '../src/errors/http-error.js';
import { RequestException } from '../src/errors/request-exception.js';
import { PreparedRequest } from '../src/prepared-request.js';
import { Response } from '../src/response.js';

/** A key named `__proto__`, read without touching the prototype accessor. */
const PROTO = '__proto__';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function makeResponse(
  init: { status?: number; reason?: string; url?: string; headers?: Record<string, string> } = {},
) {
  const r = new Response();
  r.statusCode = init.status ?? 200;
  r.reason = init.reason ?? 'OK';
  r.url = init.url ?? 'http://example.test/';
  for (const [name, value] of Object.entries(init.headers ?? {})) r.headers.append(name, value);
  return r;
}

describe('new Response()', () => {
  it('is an empty response with writable fields', () => {
    const r = new Response();
    expect(r.content).toBeNull();
    expect(r.text).toBe('');
    expect(r.statusCode).toBe(0);
    expect(r.reason).toBe('');
    expect(r.url).toBe('');
    expect(r.headers.size).toBe(0);
    expect(r.history).toEqual([]);
    expect(r.elapsed).toBe(0);
    expect(r.encoding).toBeNull();
    expect(r.next).toBeNull();
    expect(r.connection).toBeNull();
    expect(r.charsetDetector).toBeNull();
    expect(r.raw).toBeNull();
    const request = new PreparedRequest();
    r.request = request;
    r.statusCode = 201;
    r.history = [new Response()];
    expect(r.request).toBe(request);
    expect(r.statusCode).toBe(201);
    expect(r.history).toHaveLength(1);
  });

  it('prints as <Response [200]> in toString, template strings and util.inspect', () => {
    const r = makeResponse({ status: 404 });
    expect(r.toString()).toBe('<Response [404]>');
    expect(`${r}`).toBe('<Response [404]>');
    expect(inspect(r)).toBe('<Response [404]>');
  });

  it('has headers with case-insensitive bracket access; getAll keeps repeats apart', () => {
    const r = makeResponse({ headers: { 'Content-Type': 'text/plain' } });
    r.headers.append('Set-Cookie', 'a=1');
    r.headers.append('set-cookie', 'b=2');
    expect(r.headers['content-type']).toBe('text/plain');
    expect(r.headers['CONTENT-TYPE']).toBe('text/plain');
    expect(r.headers.get('set-cookie')).toBe('a=1, b=2');
    expect(r.headers.getAll('Set-Cookie')).toEqual(['a=1', 'b=2']);
    r.headers = new CaseInsensitiveDict({ 'X-New': 'yes' });
    expect(r.headers['x-new']).toBe('yes');
  });
});

describe('ok and raiseForStatus', () => {
  const table: [number, string, string | null][] = [
    [200, 'OK', null],
    [302, 'FOUND', null],
    [399, 'X', null],
    [400, 'BAD REQUEST', '400 Client Error: BAD REQUEST for url: http://example.test/x'],
    [404, 'NOT FOUND', '404 Client Error: NOT FOUND for url: http://example.test/x'],
    [499, '', '499 Client Error:  for url: http://example.test/x'],
    [500, 'INTERNAL SERVER ERROR', '500 Server Error: INTERNAL SERVER ERROR for url: http://example.test/x'],
    [599, 'Custom', '599 Server Error: Custom for url: http://example.test/x'],
    [600, 'Beyond', null],
  ];
  it.each(table)('%i %s', (status, reason, message) => {
    const r = makeResponse({ status, reason, url: 'http://example.test/x' });
    expect(r.ok).toBe(message === null);
    if (message === null) {
      expect(() => r.raiseForStatus()).not.toThrow();
      return;
    }
    let caught: unknown;
    try {
      r.raiseForStatus();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HTTPError);
    expect(caught).toBeInstanceOf(RequestException);
    expect((caught as HTTPError).message).toBe(message);
    expect((caught as HTTPError).response).toBe(r);
  });

  it('reads a reason whose latin-1 bytes are UTF-8 as UTF-8, as Requests decodes reason bytes', () => {
    const utf8AsLatin1 = Buffer.from('Não Encontrado', 'utf8').toString('latin1');
    const r = makeResponse({ status: 404, reason: utf8AsLatin1, url: 'http://x/' });
    expect(() => r.raiseForStatus()).toThrow('404 Client Error: Não Encontrado for url: http://x/');
    const latin = makeResponse({ status: 404, reason: 'Não', url: 'http://x/' });
    expect(() => latin.raiseForStatus()).toThrow('404 Client Error: Não for url: http://x/');
  });
});

describe('isRedirect, isPermanentRedirect, next', () => {
  const table: [number, boolean, boolean, boolean][] = [
    // status, has Location, isRedirect, isPermanentRedirect
    [301, true, true, true],
    [302, true, true, false],
    [303, true, true, false],
    [307, true, true, false],
    [308, true, true, true],
    [300, true, false, false],
    [304, true, false, false],
    [200, true, false, false],
    [301, false, false, false],
    [308, false, false, false],
  ];
  it.each(table)('%i with Location=%s', (status, location, redirect, permanent) => {
    const r = makeResponse({ status, headers: location ? { location: '/next' } : {} });
    expect(r.isRedirect).toBe(redirect);
    expect(r.isPermanentRedirect).toBe(permanent);
  });

  it('next is writable and null by default', () => {
    const r = makeResponse({ status: 302, headers: { Location: '/a' } });
    expect(r.next).toBeNull();
    const prepared = new PreparedRequest();
    r.next = prepared;
    expect(r.next).toBe(prepared);
  });
});

describe('links', () => {
  it('keys links by rel, else by url', () => {
    const r = makeResponse({
      headers: { Link: '<http://x/?page=2>; rel="next", <http://x/?page=9>; rel="last", <http://x/norel>' },
    });
    expect(r.links.next).toEqual({ url: 'http://x/?page=2', rel: 'next' });
    expect(r.links.last?.url).toBe('http://x/?page=9');
    expect(r.links['http://x/norel']).toEqual({ url: 'http://x/norel' });
    expect(Object.keys(r.links)).toEqual(['next', 'last', 'http://x/norel']);
  });

  it('is empty without a Link header and safe with __proto__ as a rel', () => {
    expect(makeResponse().links).toEqual({});
    const r = makeResponse({ headers: { Link: '<http://evil/>; rel="__proto__"' } });
    expect(r.links[PROTO]).toEqual({ url: 'http://evil/', rel: '__proto__' });
    expect(({} as Record<string, unknown>).url).toBeUndefined();
  });
});

describe('encoding', () => {
  const table: [string | null, string | null][] = [
    ['text/html', 'ISO-8859-1'],
    ['text/plain; charset=utf-8', 'utf-8'],
    ['application/json', 'utf-8'],
    ['application/problem+json', null],
    ['application/octet-stream', null],
    [null, null],
  ];
  it.each(table)('Content-Type %j → %j', (contentType, expected) => {
    const r = makeResponse({ headers: contentType === null ? {} : { 'Content-Type': contentType } });
    expect(r.encoding).toBe(expected);
  });

  it('follows headers set after creation, until set by hand (null included)', () => {
    const r = new Response();
    expect(r.encoding).toBeNull();
    r.headers.set('content-type', 'text/plain');
    expect(r.encoding).toBe('ISO-8859-1');
    r.headers.set('content-type', 'text/plain; charset=koi8-r');
    expect(r.encoding).toBe('koi8-r');
    r.encoding = 'utf-8';
    expect(r.encoding).toBe('utf-8');
    r.encoding = null;
    expect(r.encoding).toBeNull();
  });
});

describe('text and apparentEncoding', () => {
  it('decodes with encoding: text/* without charset is true latin-1', () => {
    const r = makeResponse({ headers: { 'Content-Type': 'text/plain' } });
    r.content = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x80]);
    expect(r.text).toBe('café\x80');
  });

  it('uses apparentEncoding when encoding is null (core fallback: UTF-8, else Windows-1252)', () => {
    const r = makeResponse();
    r.content = encode('héllo ✓');
    expect(r.apparentEncoding).toBe('utf-8');
    expect(r.text).toBe('héllo ✓');
    r.content = Uint8Array.from([0x93, 0x68, 0x69, 0x94, 0x80]);
    expect(r.apparentEncoding).toBe('windows-1252');
    expect(r.text).toBe('“hi”€');
  });

  it('uses the charsetDetector for apparentEncoding and its decode for text', () => {
    const calls: string[] = [];
    const detector: CharsetDetector = {
      detect: () => 'shift_jis',
      decode: (_bytes, encoding) => {
        calls.push(encoding);
        return undefined;
      },
    };
    const r = makeResponse();
    r.charsetDetector = detector;
    r.content = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]);
    expect(r.apparentEncoding).toBe('shift_jis');
    expect(r.text).toBe('日本');
    expect(calls).toEqual(['shift_jis']);
  });

  it('falls back to UTF-8 with replacement for an unknown charset name, which is kept', () => {
    const r = makeResponse({ headers: { 'Content-Type': 'text/plain; charset=no-such-thing' } });
    r.content = Uint8Array.from([0x68, 0xc3, 0xa9, 0xff]);
    expect(r.encoding).toBe('no-such-thing');
    expect(r.text).toBe('hé\ufffd');
  });

  it('re-decodes when encoding or content change', () => {
    const r = makeResponse({ headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    r.content = Uint8Array.from([0xc3, 0xa9]);
    expect(r.text).toBe('é');
    r.encoding = 'latin-1';
    expect(r.text).toBe('Ã©');
    r.content = Uint8Array.from([0xe9]);
    expect(r.text).toBe('é');
  });
});

describe('cookies', () => {
  class RecordingJar implements CookieJar {
    stored: [readonly string[], string][] = [];
    cookieHeaderFor(): string | null {
      return null;
    }
    storeResponseCookies(values: readonly string[], url: string): void {
      this.stored.push([values, url]);
    }
    get(): string | undefined {
      return undefined;
    }
    set(): void {}
    delete(): boolean {
      return false;
    }
    getDict(): Record<string, string> {
      return {};
    }
    clear(): void {}
    copy(): CookieJar {
      return new RecordingJar();
    }
    readonly size = 0;
    *[Symbol.iterator](): Iterator<CookieLike> {}
  }

  it('builds the jar lazily, once, from every Set-Cookie value and the URL', () => {
    const r = makeResponse({ url: 'http://example.test/login' });
    r.headers.append('Set-Cookie', 'a=1; Path=/');
    r.headers.append('Set-Cookie', 'b=2, c=3');
    let made = 0;
    r.cookieJarFactory = () => {
      made++;
      return new RecordingJar();
    };
    expect(made).toBe(0);
    const jar = r.cookies as RecordingJar;
    expect(r.cookies).toBe(jar);
    expect(made).toBe(1);
    expect(jar.stored).toEqual([[['a=1; Path=/', 'b=2, c=3'], 'http://example.test/login']]);
  });

  it('is settable, and without a factory explains what is missing', () => {
    const r = makeResponse();
    expect(() => r.cookies).toThrow(RequestException);
    expect(() => r.cookies).toThrow(/cookieJarFactory/);
    const jar = new RecordingJar();
    r.cookies = jar;
    expect(r.cookies).toBe(jar);
  });
});

describe('types', () => {
  it('types json<T>(), iterContent and iterLines by their arguments', () => {
    const r = new Response();
    r.content = new Uint8Array(0);
    expectTypeOf(r.json<{ a: number }>).returns.toEqualTypeOf<{ a: number }>();
    expectTypeOf(r.json).returns.toEqualTypeOf<unknown>();
    expectTypeOf(r.iterContent()).toMatchTypeOf<AsyncIterable<Uint8Array>>();
    expectTypeOf(r.iterContent(16, true)).toMatchTypeOf<AsyncIterable<string>>();
    expectTypeOf(r.iterLines()).toMatchTypeOf<AsyncIterable<Uint8Array>>();
    expectTypeOf(r.iterLines({ decodeUnicode: true })).toMatchTypeOf<AsyncIterable<string>>();
    expectTypeOf(r.content).toEqualTypeOf<Uint8Array>();
    expectTypeOf(r.encoding).toEqualTypeOf<string | null>();
    expectTypeOf(r.read()).toEqualTypeOf<Promise<Uint8Array>>();
  });
});
