import { describe, expect, it } from 'vitest';
import { InvalidURL } from '../src/errors/invalid-url.js';
import { MissingSchema } from '../src/errors/missing-schema.js';
import { prepareUrl } from '../src/prepare/prepare-url.js';
import { PreparedRequest } from '../src/prepared-request.js';
import type { ParamsInit } from '../src/request-init.js';

describe('prepareUrl', () => {
  // Requests' test_preparing_url, test_path_is_not_double_encoded and friends.
  it.each([
    ['http://google.com', 'http://google.com/'],
    ['http://ジェーピーニック.jp', 'http://xn--hckqz9bzb1cyrb.jp/'],
    ['http://xn--n3h.net/', 'http://xn--n3h.net/'],
    ['http://straße.de/straße', 'http://xn--strae-oqa.de/stra%C3%9Fe'],
    ['http://Königsgäßchen.de/straße', 'http://xn--knigsgchen-b4a3dun.de/stra%C3%9Fe'],
    [
      'http://[1200:0000:ab00:1234:0000:2552:7777:1313]:12345/',
      'http://[1200:0000:ab00:1234:0000:2552:7777:1313]:12345/',
    ],
    ['http://[::1]/', 'http://[::1]/'],
    ['http://0.0.0.0/get/test case', 'http://0.0.0.0/get/test%20case'],
    ['HttP://EXAMPLE.com/Path', 'http://example.com/Path'],
    ['http://example.com/a/../b/./c', 'http://example.com/b/c'],
    ['http://example.com/a/..', 'http://example.com/'],
    ['http://example.com:080/', 'http://example.com:80/'],
    ['http://example.com:/x', 'http://example.com/x'],
    ['http://example.com?a=1', 'http://example.com/?a=1'],
    ['http://example.com/?', 'http://example.com/'],
    ['http://example.com/#', 'http://example.com/'],
    ['http://example.com/#frag ment', 'http://example.com/#frag%20ment'],
    ['  \thttp://example.com/', 'http://example.com/'],
    ['http://example.com/ ', 'http://example.com/%20'],
    ['http://example.com/%7Euser/%41', 'http://example.com/~user/A'],
    ['http://example.com/%2f%2F', 'http://example.com/%2F%2F'],
    ['http://example.com/a%20b', 'http://example.com/a%20b'],
    ['http://example.com/fiz?buz=%25ppicture', 'http://example.com/fiz?buz=%25ppicture'],
    ['http://example.com/fiz?buz=%ppicture', 'http://example.com/fiz?buz=%25ppicture'],
    ['http://example.com/?a=[1]&b=|', 'http://example.com/?a=%5B1%5D&b=%7C'],
    ['http://example.com/ü?ü=ü#ü', 'http://example.com/%C3%BC?%C3%BC=%C3%BC#%C3%BC'],
    ['http://example.com/a\\b', 'http://example.com/a%5Cb'],
    ['http://user:pa ss@example.com/', 'http://user:pa%20ss@example.com/'],
    ['http://us@er:p@ss@example.com/', 'http://us%40er:p%40ss@example.com/'],
    ['https://example.com/a?b=c&d=e', 'https://example.com/a?b=c&d=e'],
  ])('%s → %s', (url, expected) => {
    expect(prepareUrl(url)).toBe(expected);
  });

  it('accepts URL objects', () => {
    expect(prepareUrl(new URL('http://example.com/a'), { b: 'c' })).toBe('http://example.com/a?b=c');
  });

  // Requests: anything with a ':' that does not start with "http" is left to the adapter —
  // except a host and port without a scheme (below).
  it.each(['file:///etc/hosts', 'mailto:someone@example.com', 'data:text/plain,a b'])(
    'passes %s through unchanged',
    (url) => {
      expect(prepareUrl(url, { ignored: 'no' })).toBe(url);
    },
  );

  // Requests leaves these to the adapter ("No connection adapters were found for …"); the
  // missing-scheme hint says what is wrong (issue 14).
  it.each([
    'localhost:3128',
    'localhost:3000',
    '10.122.1.1:3128/',
    '127.0.0.1:8080/get',
    'example.org:8080/get?a=1',
    '[::1]:8080/',
  ])('refuses the host and port %s without a scheme with the https:// hint', (url) => {
    expect(() => prepareUrl(url)).toThrow(MissingSchema);
    expect(() => prepareUrl(url)).toThrow(
      `Invalid URL '${url}': No scheme supplied. Perhaps you meant https://${url}?`,
    );
  });

  it('prepares http+unix URLs without touching their host', () => {
    expect(prepareUrl('http+unix://%2Ftmp%2Fsock/path', { a: 1 })).toBe('http+unix://%2Ftmp%2Fsock/path?a=1');
  });

  it.each<[ParamsInit, string]>([
    [{ a: 'b' }, 'http://example.com/path?a=b#fragment'],
    [[['a', 'b']], 'http://example.com/path?a=b#fragment'],
    ['a=b', 'http://example.com/path?a=b#fragment'],
    [new URLSearchParams({ a: 'b' }), 'http://example.com/path?a=b#fragment'],
    [{}, 'http://example.com/path#fragment'],
    [{ a: null }, 'http://example.com/path#fragment'],
  ])('adds params %o before the fragment', (params, expected) => {
    expect(prepareUrl('http://example.com/path#fragment', params)).toBe(expected);
  });

  it('appends params after the query already in the URL', () => {
    expect(prepareUrl('http://example.com/path?key=value#fragment', { a: 'b' })).toBe(
      'http://example.com/path?key=value&a=b#fragment',
    );
  });

  it.each<[ParamsInit, string]>([
    [{ z: '1', a: '2', m: '3' }, 'z=1&a=2&m=3'],
    [{ test: ['foo', 'baz'] }, 'test=foo&test=baz'],
    [{ b: true, f: false, n: 1.5, z: 0 }, 'b=true&f=false&n=1.5&z=0'],
    [{ keep: 'x', drop: null, gone: undefined }, 'keep=x'],
    [{ list: ['a', null, 'b'] as unknown as string[] }, 'list=a&list=b'],
    [{ foo: 'føø' }, 'foo=f%C3%B8%C3%B8'],
    [{ q: 'a b&c=d+e' }, 'q=a+b%26c%3Dd%2Be'],
    [{ star: "*!'()~" }, 'star=%2A%21%27%28%29~'],
    [
      [
        ['k', 'v1'],
        ['k', 'v2'],
        ['x', null],
      ],
      'k=v1&k=v2',
    ],
    ['already=encoded%20value&x', 'already=encoded%20value&x'],
    ['raw=a b', 'raw=a%20b'],
    [{ __proto__: 'x' } as Record<string, string>, ''],
  ])('encodes params %o', (params, query) => {
    const url = prepareUrl('http://example.com/', params);
    expect(url).toBe(query === '' ? 'http://example.com/' : `http://example.com/?${query}`);
  });

  it.each<[string, unknown]>([
    ['a bigint', { n: 12345678901234567890n }],
    ['a bigint in a list', { n: [1n, 2n] }],
    ['a bigint in pairs', [['n', 3n]]],
  ])('encodes %s as its digits', (_name, params) => {
    expect(prepareUrl('http://example.com/', params as ParamsInit)).toMatch(
      /^http:\/\/example\.com\/\?n=[0-9]+(&n=2)?$/,
    );
  });

  it.each<[unknown, string]>([
    [
      { a: { b: 1 } },
      "Unsupported value for params field 'a': object (params values must be strings, numbers, booleans, bigints, null or arrays of those)",
    ],
    [{ a: Symbol('s') }, "Unsupported value for params field 'a': symbol"],
    [{ a: () => 1 }, "Unsupported value for params field 'a': function"],
    [{ when: new Date(0) }, "Unsupported value for params field 'when': Date"],
    [{ a: new Uint8Array(1) }, "Unsupported value for params field 'a': Uint8Array"],
    [{ list: ['ok', { b: 1 }] }, "Unsupported value for params field 'list': object"],
    [{ list: [['nested']] }, "Unsupported value for params field 'list': array"],
    [[['a', { b: 1 }]], "Unsupported value for params field 'a': object"],
    [[['a', ['x']]], "Unsupported value for params field 'a': array"],
    [[['a', 'b', 'c']], 'Unsupported params pair at index 0: array (expected [name, value])'],
    [['a=b'], 'Unsupported params pair at index 0: string (expected [name, value])'],
    [[[{}, 'b']], 'Unsupported name for params pair at index 0: object (names must be strings)'],
    [
      42,
      'Unsupported params: number (expected an object, [name, value] pairs, a string, URLSearchParams or a mapping: a Map or an object with items())',
    ],
    [true, 'Unsupported params: boolean'],
    [Symbol('p'), 'Unsupported params: symbol'],
    [() => 'a=b', 'Unsupported params: function'],
    [new Set(['a=b']), 'Unsupported params: Set'],
    [new Date(0), 'Unsupported params: Date'],
  ])('refuses params %o with a TypeError naming the field and the type', (params, message) => {
    const prepare = () => prepareUrl('http://example.com/', params as ParamsInit);
    expect(prepare).toThrow(TypeError);
    expect(prepare).toThrow(message);
    // The same for a URL whose scheme prepareUrl passes through.
    expect(() => prepareUrl('http+unix://%2Fsock/', params as ParamsInit)).toThrow(message);
  });

  it('encodes params given as a mapping (a Map, an object with items()), as Requests does for a Mapping', () => {
    const map = new Map<string, string | string[]>([
      ['q', 'a b'],
      ['n', ['1', '2']],
    ]);
    expect(prepareUrl('http://example.com/', map)).toBe('http://example.com/?q=a+b&n=1&n=2');
    class Query {
      items(): Array<[string, string]> {
        return [['q', 'z']];
      }
    }
    expect(prepareUrl('http://example.com/?x=1', new Query())).toBe('http://example.com/?x=1&q=z');
  });

  it('never puts "[object Object]" in a URL through PreparedRequest.prepare', () => {
    const p = new PreparedRequest();
    const params = { a: { b: 1 } } as unknown as ParamsInit;
    expect(() => p.prepare({ method: 'GET', url: 'http://example.com/', params })).toThrow(TypeError);
  });

  it('encodes an own "__proto__" key like any other', () => {
    const params = JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>;
    expect(prepareUrl('http://example.com/', params)).toBe('http://example.com/?__proto__=x&constructor=y');
  });

  it.each([
    [
      'hiwpefhipowhefopw',
      "Invalid URL 'hiwpefhipowhefopw': No scheme supplied. Perhaps you meant https://hiwpefhipowhefopw?",
    ],
    [
      'example.com/path',
      "Invalid URL 'example.com/path': No scheme supplied. Perhaps you meant https://example.com/path?",
    ],
    [
      '  example.com',
      "Invalid URL 'example.com': No scheme supplied. Perhaps you meant https://example.com?",
    ],
    ['', "Invalid URL '': No scheme supplied. Perhaps you meant https://?"],
  ])('raises MissingSchema for %j', (url, message) => {
    expect(() => prepareUrl(url)).toThrow(MissingSchema);
    expect(() => prepareUrl(url)).toThrow(message);
  });

  describe('IDNA length limits (as Requests\' idna: "URL has an invalid label.")', () => {
    const a = (n: number) => 'a'.repeat(n);
    const labels = (...sizes: number[]) => sizes.map(a).join('.');

    it.each([
      ['a label of 64 octets after punycode', `http://é${a(56)}.com/`],
      ['a label of 77 octets after punycode', `http://é${a(70)}.com/`],
      ['an ASCII label of 64 in a unicode name', `http://bücher.${a(64)}.com/`],
      ['a name of 254 octets after punycode', `http://bücher.${labels(59, 59, 59, 60)}/`],
      ['a name of 254 octets and a root dot', `http://bücher.${labels(59, 59, 59, 60)}./`],
    ])('refuses %s', (_name, url) => {
      expect(() => prepareUrl(url)).toThrow(InvalidURL);
      expect(() => prepareUrl(url)).toThrow('URL has an invalid label.');
    });

    it.each([
      ['a label of 63 octets after punycode', `http://é${a(55)}.com/`, `http://xn--${a(55)}-91e.com/`],
      [
        'a name of 253 octets after punycode, with or without a root dot',
        `http://bücher.${labels(59, 59, 59, 59)}./`,
        `http://xn--bcher-kva.${labels(59, 59, 59, 59)}./`,
      ],
      // Requests only IDNA-encodes non-ASCII names; an ASCII one goes to DNS as it is.
      ['an ASCII name with a long label (not IDNA)', `http://${a(70)}.com/`, `http://${a(70)}.com/`],
    ])('accepts %s', (_name, url, prepared) => {
      expect(prepareUrl(url)).toBe(prepared);
    });
  });

  it.each([
    ['http://', "Invalid URL 'http://': No host supplied"],
    ['http:', "Invalid URL 'http:': No host supplied"],
    ['http:/example.com', "Invalid URL 'http:/example.com': No host supplied"],
    ['https://user:pass@/path', "Invalid URL 'https://user:pass@/path': No host supplied"],
    ['http://*example.com', 'URL has an invalid label.'],
    ['http://.example.com', 'URL has an invalid label.'],
    ['http://*', 'URL has an invalid label.'],
    ['http://*.google.com', 'URL has an invalid label.'],
    ['http://☃.net/', 'URL has an invalid label.'],
    ['http://💩.la/', 'URL has an invalid label.'],
    ['http://０.com/', 'URL has an invalid label.'],
    ['http://example.com:99999/', 'Failed to parse: http://example.com:99999/'],
    ['http://example.com:8o/', 'Failed to parse: http://example.com:8o/'],
    ['http://exa mple.com/', 'Failed to parse: http://exa mple.com/'],
    ['http://exa<mple.com/', 'Failed to parse: http://exa<mple.com/'],
    ['http://[::1/', 'Failed to parse: http://[::1/'],
    ['http://[not:an:ip]/', 'Failed to parse: http://[not:an:ip]/'],
  ])('raises InvalidURL for %j', (url, message) => {
    expect(() => prepareUrl(url)).toThrow(InvalidURL);
    expect(() => prepareUrl(url)).toThrow(message);
  });

  it.each([
    'http://example.com/\r\nX-Injected: 1',
    'http://exa\nmple.com/',
    'http://example.com/\0',
    'file:///a\nb',
    'http://example.com/\x7f',
  ])('rejects control characters in %j', (url) => {
    expect(() => prepareUrl(url)).toThrow(InvalidURL);
    expect(() => prepareUrl(url)).toThrow("URL can't contain control characters");
  });

  it('is used by PreparedRequest.prepareUrl, and pathUrl follows', () => {
    const p = new PreparedRequest();
    p.prepareUrl('http://example.com/a b?x=1#frag', { y: 2 });
    expect(p.url).toBe('http://example.com/a%20b?x=1&y=2#frag');
    expect(p.pathUrl).toBe('/a%20b?x=1&y=2');
    p.url = 'http://example.com';
    expect(p.pathUrl).toBe('/');
    p.url = 'http://example.com?q';
    expect(p.pathUrl).toBe('/?q');
  });
});
