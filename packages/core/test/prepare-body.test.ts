import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CaseInsensitiveDict } from '../src/case-insensitive-dict.js';
import { InvalidHeader } from '../src/errors/invalid-header.js';
import { InvalidJSONError } from '../src/errors/invalid-json-error.js';
import { RequestException } from '../src/errors/request-exception.js';
import type { EncodedMultipart, FileSpec, MultipartEncoder } from '../src/multipart-encoder.js';
import { PreparedRequest } from '../src/prepared-request.js';
import type { PrepareOptions } from '../src/request-init.js';
import type { Scalar } from '../src/scalar.js';

const dir = mkdtempSync(join(tmpdir(), 'reqs-body-'));
const file = join(dir, 'ten.txt');
writeFileSync(file, '0123456789');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prepare(options: PrepareOptions): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'POST', url: 'http://example.com/', ...options });
}

/** Destroys a stream and waits until its file is closed. */
function closed(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    stream.on('error', () => undefined);
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

function headersOf(p: PreparedRequest): Record<string, string> {
  return p.headers.toJSON();
}

describe('prepareBody: forms, strings, bytes, JSON', () => {
  it.each<[PrepareOptions['data'], string]>([
    [{ life: '42' }, 'life=42'],
    [{ a: ['1', '2'], b: null, c: true }, 'a=1&a=2&c=true'],
    [
      [
        ['k', 'v'],
        ['k', 'w'],
      ],
      'k=v&k=w',
    ],
    [new URLSearchParams({ 'a b': 'c&d' }), 'a+b=c%26d'],
    [{ name: 'føø bar' }, 'name=f%C3%B8%C3%B8+bar'],
  ])('form-encodes %o', (data, body) => {
    const p = prepare({ data });
    expect(p.body).toBe(body);
    expect(headersOf(p)).toEqual({
      'Content-Length': String(Buffer.byteLength(body)),
      'Content-Type': 'application/x-www-form-urlencoded',
    });
  });

  it('sends strings and bytes as they are, without a Content-Type', () => {
    const s = prepare({ data: 'héllo' });
    expect(s.body).toBe('héllo');
    expect(headersOf(s)).toEqual({ 'Content-Length': '6' });
    const bytes = new Uint8Array([0xff, 0, 1]);
    const b = prepare({ data: bytes, method: 'PUT' });
    expect(b.body).toBe(bytes);
    expect(headersOf(b)).toEqual({ 'Content-Length': '3' });
  });

  it('sends a Blob with its type and size', () => {
    const blob = new Blob(['abcd'], { type: 'text/plain' });
    const p = prepare({ data: blob });
    expect(p.body).toBe(blob);
    expect(headersOf(p)).toEqual({ 'Content-Type': 'text/plain', 'Content-Length': '4' });
    expect(headersOf(prepare({ data: new Blob([]) }))).toEqual({ 'Content-Length': '0' });
  });

  it('serializes json with Content-Type application/json', () => {
    const p = prepare({ json: { a: [1, 'ü'], b: null } });
    expect(p.body).toBe('{"a":[1,"ü"],"b":null}');
    expect(headersOf(p)).toEqual({ 'Content-Type': 'application/json', 'Content-Length': '23' });
    expect(prepare({ json: 0 }).body).toBe('0');
    expect(prepare({ json: '' }).body).toBe('""');
    expect(prepare({ json: false }).body).toBe('false');
  });

  it('treats a null json as not given, as Requests does with None', () => {
    const p = prepare({ json: null });
    expect(p.body).toBeNull();
    expect(headersOf(p)).toEqual({ 'Content-Length': '0' });
  });

  it('keeps a Content-Type the user set', () => {
    const p = prepare({ json: [1], headers: { 'content-type': 'application/vnd.api+json' } });
    expect(p.headers.get('Content-Type')).toBe('application/vnd.api+json');
    const f = prepare({ data: { a: 1 }, headers: { 'Content-Type': 'text/x-custom' } });
    expect(f.headers.get('content-type')).toBe('text/x-custom');
  });

  it.each<[PrepareOptions['data']]>([[{}], [[]], [''], [new Uint8Array(0)], [new URLSearchParams()], [null]])(
    'sends json when data is empty (%o)',
    (data) => {
      expect(prepare({ data, json: { x: 1 } }).body).toBe('{"x":1}');
    },
  );

  it('prefers data over json', () => {
    const p = prepare({ data: { a: 1 }, json: { x: 1 } });
    expect(p.body).toBe('a=1');
    expect(p.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
  });

  it.each([
    [{ a: Number.NaN }, 'NaN'],
    [{ a: [1, { b: Number.POSITIVE_INFINITY }] }, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
    [{ n: new Number(Number.NaN) }, 'NaN'],
  ])('refuses non-finite numbers anywhere in json: %o', (json, what) => {
    expect(() => prepare({ json })).toThrow(InvalidJSONError);
    expect(() => prepare({ json })).toThrow(`Out of range float values are not JSON compliant: ${what}`);
  });

  it('refuses BigInt, cycles and functions in json, keeping the cause', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    for (const json of [{ big: 10n }, cycle, () => 1]) {
      let error: unknown;
      try {
        prepare({ json });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(InvalidJSONError);
      expect((error as InvalidJSONError).request).toBeInstanceOf(PreparedRequest);
    }
    const bigint = (() => {
      try {
        prepare({ json: { big: 10n } });
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(bigint).toBeInstanceOf(InvalidJSONError);
    expect((bigint as Error).cause).toBeInstanceOf(TypeError);
  });
});

describe('prepareBody: Content-Length', () => {
  // Requests' test_no_body_content_length / test_no_content_length / test_empty_content_length.
  it.each(['POST', 'PUT', 'PATCH', 'OPTIONS', 'DELETE'])(
    '%s without a body sends Content-Length: 0',
    (method) => {
      expect(headersOf(prepare({ method }))).toEqual({ 'Content-Length': '0' });
      expect(headersOf(prepare({ method, data: '' }))).toEqual({ 'Content-Length': '0' });
    },
  );

  it.each(['GET', 'HEAD'])('%s without a body sends no Content-Length', (method) => {
    expect(headersOf(prepare({ method }))).toEqual({});
  });

  it('accepts a Content-Length the user set when it agrees', () => {
    expect(headersOf(prepare({ data: 'abc', headers: { 'content-length': '3' } }))).toEqual({
      'content-length': '3',
    });
    expect(headersOf(prepare({ method: 'GET', headers: { 'Content-Length': '0' } }))).toEqual({
      'Content-Length': '0',
    });
  });

  it.each<[PrepareOptions, string]>([
    [
      { data: 'abc', headers: { 'Content-Length': '4' } },
      'The Content-Length header (4) disagrees with the length of the body (3 bytes)',
    ],
    [{ json: {}, headers: { 'Content-Length': '1' } }, '(1) disagrees with the length of the body (2 bytes)'],
    [
      { method: 'GET', headers: { 'Content-Length': '10' } },
      '(10) disagrees with the length of the body (0 bytes)',
    ],
    [{ data: 'abc', headers: { 'Content-Length': 'abc' } }, 'Invalid Content-Length header: "abc"'],
    [{ data: 'abc', headers: { 'Content-Length': '-3' } }, 'Invalid Content-Length header: "-3"'],
  ])('raises InvalidHeader before sending for %o', (options, message) => {
    expect(() => prepare(options)).toThrow(InvalidHeader);
    expect(() => prepare(options)).toThrow(message);
  });

  it('recomputes Content-Length with prepareContentLength', () => {
    const p = prepare({ data: 'abc' });
    p.body = 'abcdef';
    p.prepareContentLength(p.body);
    expect(p.headers.get('Content-Length')).toBe('6');
  });
});

describe('prepareBody: streams', () => {
  it('streams a Readable of unknown size chunked', () => {
    const stream = Readable.from([Buffer.from('a')]);
    const p = prepare({ data: stream });
    expect(p.body).toBe(stream);
    expect(headersOf(p)).toEqual({ 'Transfer-Encoding': 'chunked' });
    expect(p.bodyRewind).toBeNull();
  });

  it.each([
    ['a web ReadableStream', () => new ReadableStream<Uint8Array>()],
    [
      'an async generator',
      async function* () {
        yield new Uint8Array([1]);
      },
    ],
    [
      'a generator',
      function* () {
        yield 'x';
      },
    ],
  ])('streams %s chunked', (_name, make) => {
    const body = (make as () => never)();
    const p = prepare({ data: body });
    expect(p.body).toBe(body);
    expect(headersOf(p)).toEqual({ 'Transfer-Encoding': 'chunked' });
  });

  it('sends a file stream with its size and can reopen it', async () => {
    const stream = createReadStream(file);
    const p = prepare({ data: stream });
    expect(headersOf(p)).toEqual({ 'Content-Length': '10' });
    expect(p.bodyRewind).not.toBeNull();
    await closed(stream);
    const ranged = createReadStream(file, { start: 2, end: 5 });
    expect(headersOf(prepare({ data: ranged }))).toEqual({ 'Content-Length': '4' });
    await closed(ranged);
  });

  it('sends an empty file stream chunked, as Requests does', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const stream = createReadStream(empty);
    expect(headersOf(prepare({ data: stream }))).toEqual({ 'Transfer-Encoding': 'chunked' });
    await closed(stream);
  });

  it('uses the length an async iterable reports', () => {
    const body = {
      length: 5,
      async *[Symbol.asyncIterator]() {
        yield new TextEncoder().encode('hello');
      },
    };
    expect(headersOf(prepare({ data: body }))).toEqual({ 'Content-Length': '5' });
  });

  it('keeps a Content-Length the user set for a stream of unknown size, without chunking', () => {
    const p = prepare({ data: Readable.from(['abc']), headers: { 'Content-Length': '3' } });
    expect(headersOf(p)).toEqual({ 'Content-Length': '3' });
  });

  it('never sets Content-Length next to a Transfer-Encoding the user set', () => {
    const p = prepare({ data: 'abc', headers: { 'Transfer-Encoding': 'chunked' } });
    expect(headersOf(p)).toEqual({ 'Transfer-Encoding': 'chunked' });
  });
});

class FakeEncoder implements MultipartEncoder {
  calls: Array<[ReadonlyArray<readonly [string, Scalar]>, ReadonlyArray<readonly [string, FileSpec]>]> = [];
  constructor(readonly length: number | null) {}
  encode(
    fields: ReadonlyArray<readonly [string, Scalar]>,
    files: ReadonlyArray<readonly [string, FileSpec]>,
  ): EncodedMultipart {
    this.calls.push([fields, files]);
    const length = this.length;
    const body = {
      length,
      rewindable: true,
      async *[Symbol.asyncIterator]() {
        yield new Uint8Array(length ?? 1);
      },
    };
    return { body, contentType: 'multipart/form-data; boundary=b0undary', length };
  }
}

describe('prepareBody: form values of unsupported types', () => {
  it('encodes bigints as their digits', () => {
    expect(prepare({ data: { n: 9007199254740993n } as unknown as PrepareOptions['data'] }).body).toBe(
      'n=9007199254740993',
    );
  });

  it.each<[string, unknown, string]>([
    ['a nested object', { a: { b: 1 } }, "Unsupported value for form field 'a': object"],
    ['a symbol', { a: Symbol('s') }, "Unsupported value for form field 'a': symbol"],
    ['a function', { a: () => 1 }, "Unsupported value for form field 'a': function"],
    ['a Date', { d: new Date(0) }, "Unsupported value for form field 'd': Date"],
    ['an object in a list', { a: ['1', {}] }, "Unsupported value for form field 'a': object"],
    ['an object in pairs', [['k', {}]], "Unsupported value for form field 'k': object"],
    [
      'a pair of three',
      [['k', 'v', 'w']],
      'Unsupported form pair at index 0: array (expected [name, value])',
    ],
    ['a list of strings', ['a', 'b'], 'Unsupported form pair at index 0: string'],
  ])('refuses %s with a TypeError naming the field and the type', (_name, data, message) => {
    const options = { data: data as PrepareOptions['data'] };
    expect(() => prepare(options)).toThrow(TypeError);
    expect(() => prepare(options)).toThrow(message);
    // Multipart fields go through the same check.
    const multipartEncoder = new FakeEncoder(1);
    expect(() => prepare({ ...options, files: { f: 'x' }, multipartEncoder })).toThrow(message);
    expect(multipartEncoder.calls).toEqual([]);
  });
});

describe('prepareBody: data of unsupported types', () => {
  it.each<[string, unknown, string]>([
    ['a number', 42, 'Unsupported request data: number'],
    ['a boolean', true, 'Unsupported request data: boolean'],
    ['a function', () => 'x', 'Unsupported request data: function'],
    ['a Date', new Date(0), 'Unsupported request data: Date'],
    ['a WeakMap', new WeakMap(), 'Unsupported request data: WeakMap'],
    [
      'a Set',
      new Set(['chunk']),
      'Unsupported request data: Set (stream the members of a Set with set.values())',
    ],
  ])('refuses %s with a TypeError, never as a stream or "[object …]"', (_name, data, message) => {
    const options = { data: data as PrepareOptions['data'] };
    expect(() => prepare(options)).toThrow(TypeError);
    expect(() => prepare(options)).toThrow(message);
  });

  it('refuses a Set next to files and json too', () => {
    const multipartEncoder = new FakeEncoder(1);
    const data = new Set(['a']) as unknown as PrepareOptions['data'];
    expect(() => prepare({ data, files: { f: 'x' }, multipartEncoder })).toThrow(
      'Unsupported request data: Set',
    );
    expect(() => prepare({ data, json: { a: 1 } })).toThrow('Unsupported request data: Set');
    expect(multipartEncoder.calls).toEqual([]);
  });
});

describe('prepareBody: user mappings (Requests form-encodes a custom Mapping)', () => {
  class Settings {
    readonly #values: Record<string, string | string[]>;
    constructor(values: Record<string, string | string[]>) {
      this.#values = values;
    }
    *items(): Generator<[string, string | string[]]> {
      yield* Object.entries(this.#values);
    }
  }

  it('form-encodes a Map, an object with items() and a CaseInsensitiveDict', () => {
    const map = prepare({
      data: new Map<string, Scalar | Scalar[]>([
        ['a', '1'],
        ['b', ['2', '3']],
      ]),
    });
    expect(map.body).toBe('a=1&b=2&b=3');
    expect(map.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    const custom = prepare({ data: new Settings({ q: 'red shoes', n: ['1', '2'] }) });
    expect(custom.body).toBe('q=red+shoes&n=1&n=2');
    expect(custom.headers.get('content-length')).toBe(String('q=red+shoes&n=1&n=2'.length));
    const dict = prepare({ data: new CaseInsensitiveDict({ Name: 'x' }) });
    expect(dict.body).toBe('Name=x');
  });

  it('counts an empty Map as no data (json is sent), and sends mapping fields next to files', () => {
    const empty = prepare({ data: new Map(), json: { a: 1 } });
    expect(empty.body).toBe('{"a":1}');
    const encoder = new FakeEncoder(10);
    prepare({ data: new Settings({ kind: 'csv' }), files: { f: 'x' }, multipartEncoder: encoder });
    expect(encoder.calls[0]?.[0]).toEqual([['kind', 'csv']]);
  });

  it('refuses a mapping whose items() are not pairs, naming the index', () => {
    const bad = { items: () => ['not a pair'] } as unknown as PrepareOptions['data'];
    class Bad {
      items() {
        return ['not a pair'];
      }
    }
    expect(() => prepare({ data: new Bad() as unknown as PrepareOptions['data'] })).toThrow(
      /Unsupported form pair at index 0: string/,
    );
    // A plain object is a form by its keys, even with a key named items.
    expect(() => prepare({ data: bad })).toThrow(/form field 'items': function/);
  });

  it('still streams other iterables: a generator, set.values()', () => {
    function* chunks() {
      yield 'a';
    }
    expect(headersOf(prepare({ data: chunks() }))).toEqual({ 'Transfer-Encoding': 'chunked' });
    expect(headersOf(prepare({ data: new Set(['a']).values() }))).toEqual({ 'Transfer-Encoding': 'chunked' });
  });
});

describe('prepareBody: files', () => {
  it('hands fields and files to the multipart encoder', () => {
    const encoder = new FakeEncoder(120);
    const p = prepare({
      data: { a: ['1', '2'], b: null, c: 3 },
      files: { f: 'content' },
      multipartEncoder: encoder,
    });
    expect(encoder.calls).toEqual([
      [
        [
          ['a', '1'],
          ['a', '2'],
          ['c', 3],
        ],
        [['f', 'content']],
      ],
    ]);
    expect(headersOf(p)).toEqual({
      'Content-Type': 'multipart/form-data; boundary=b0undary',
      'Content-Length': '120',
    });
    expect(p.bodyRewind?.()).toBe(p.body);
  });

  it('sends a multipart body of unknown length chunked and accepts file pairs', () => {
    const encoder = new FakeEncoder(null);
    const p = prepare({ files: [['f', ['a.txt', 'x', 'text/plain']]], multipartEncoder: encoder });
    expect(encoder.calls[0]?.[1]).toEqual([['f', ['a.txt', 'x', 'text/plain']]]);
    expect(headersOf(p)).toEqual({
      'Content-Type': 'multipart/form-data; boundary=b0undary',
      'Transfer-Encoding': 'chunked',
    });
  });

  it('treats empty files as none', () => {
    expect(prepare({ files: {}, data: { a: 1 } }).body).toBe('a=1');
  });

  it('names @reqs/multipart when there is no encoder', () => {
    expect(() => prepare({ files: { f: 'x' } })).toThrow(RequestException);
    expect(() => prepare({ files: { f: 'x' } })).toThrow('@reqs/multipart');
  });

  it('refuses a string or stream as data next to files', () => {
    const multipartEncoder = new FakeEncoder(1);
    expect(() => prepare({ files: { f: 'x' }, data: 'raw', multipartEncoder })).toThrow(
      'Data must not be a string.',
    );
    expect(() => prepare({ files: { f: 'x' }, data: Readable.from([]), multipartEncoder })).toThrow(
      'Streamed bodies and files are mutually exclusive.',
    );
  });
});
