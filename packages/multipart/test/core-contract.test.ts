// MultipartEncoder as the @reqs/core MultipartEncoder a session uses for files=.

import type { MultipartEncoder as CoreMultipartEncoder, EncodedMultipart } from '@reqs/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { MultipartEncoder } from '../src/index.js';
import { type EchoReply, sha256, startEchoServer } from './helpers/echo-server.js';
import { strictParse } from './helpers/strict-parse.js';
import { collect, upload } from './helpers/upload.js';

describe('the core MultipartEncoder contract', () => {
  it('is implemented by an instance, which a session can hold as its encoder', () => {
    const encoder: CoreMultipartEncoder = new MultipartEncoder();
    expectTypeOf(encoder.encode).returns.toEqualTypeOf<EncodedMultipart>();
  });

  it('encode() returns a fresh streaming body with its content type and length', async () => {
    const factory = new MultipartEncoder();
    const encoded = factory.encode(
      [
        ['k', 'v'],
        ['n', 1],
        ['ok', true],
      ],
      [['file', ['a.txt', 'A', 'text/plain']]],
    );
    expect(encoded.body).toBeInstanceOf(MultipartEncoder);
    const body = encoded.body as MultipartEncoder;
    expect(encoded.contentType).toBe(body.contentType);
    expect(encoded.length).toBe(body.length);
    const bytes = await collect(body);
    expect(bytes.length).toBe(encoded.length);
    expect(strictParse(bytes, body.boundary).map((p) => [p.name, p.content.toString()])).toEqual([
      ['k', 'v'],
      ['n', '1'],
      ['ok', 'true'],
      ['file', 'A'],
    ]);
    const again = factory.encode([], [['f', 'x']]);
    expect(again.contentType).not.toBe(encoded.contentType);
  });

  it('passes its options on: a fixed boundary and the progress callback', async () => {
    const seen: number[] = [];
    const factory = new MultipartEncoder(null, { boundary: 'fixed', onProgress: (sent) => seen.push(sent) });
    const { body, contentType, length } = factory.encode([], [['f', 'x']]);
    expect(contentType).toBe('multipart/form-data; boundary=fixed');
    await collect(body as MultipartEncoder);
    expect(seen.at(-1)).toBe(length);
  });

  it('is an async-iterable body with a numeric length, as core sends it', async () => {
    const m = new MultipartEncoder({ fields: { a: 'b' }, files: { f: ['f', 'data'] } });
    expect(typeof m.length).toBe('number');
    expect(typeof m[Symbol.asyncIterator]).toBe('function');
    await using server = await startEchoServer();
    const { body } = await upload<EchoReply>(server.url, m);
    expect(body.parts.map((p) => p.sha256)).toEqual([sha256('b'), sha256('data')]);
  });
});
