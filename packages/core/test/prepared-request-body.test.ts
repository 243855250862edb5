// Assigning `body` after preparing (docs/reference/response.md#request-and-preparedrequest): the framing headers preparation computed follow
// the new body; a Content-Length the user set is kept and checked (docs/reference/divergences.md#security).
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { PreparedBody } from '../src/body.js';
import { InvalidHeader } from '../src/errors/invalid-header.js';
import { PreparedRequest } from '../src/prepared-request.js';
import { Request } from '../src/request.js';
import type { PrepareOptions } from '../src/request-init.js';

const dir = mkdtempSync(join(tmpdir(), 'reqs-body-set-'));
const tenBytes = join(dir, 'ten.txt');
writeFileSync(tenBytes, '0123456789');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function prepare(options: PrepareOptions = {}): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'POST', url: 'http://example.com/', ...options });
}

function framing(p: PreparedRequest): Record<string, string> {
  const { 'Content-Length': length, 'Transfer-Encoding': chunked } = p.headers.toJSON();
  return {
    ...(length === undefined ? {} : { 'Content-Length': length }),
    ...(chunked === undefined ? {} : { 'Transfer-Encoding': chunked }),
  };
}

/** Destroys a stream and waits until its file is closed. */
function closed(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    stream.on('error', () => undefined);
    stream.once('close', () => resolve());
    stream.destroy();
  });
}

/** An async iterable that reports its size, as @reqs/multipart's body does. */
function sized(length: number): PreparedBody {
  return Object.assign(
    (async function* () {
      yield new Uint8Array(length);
    })(),
    { length },
  );
}

describe('PreparedRequest.body after preparing', () => {
  it('runs the reference’s PreparedRequest example as written', () => {
    const req = new Request('POST', 'http://example.com/post', { data: { key: 'value' } });
    const prepped = req.prepare();
    prepped.body = 'exactly this';
    prepped.headers.delete('Content-Type');
    expect(prepped.headers.toJSON()).toEqual({ 'Content-Length': '12' });
    expect(prepped.bodyRewind?.()).toBe('exactly this');
  });

  it.each<[string, () => PreparedBody, Record<string, string>]>([
    ['a string (UTF-8 length)', () => 'héllo', { 'Content-Length': '6' }],
    ['bytes', () => new Uint8Array(7), { 'Content-Length': '7' }],
    ['a Blob', () => new Blob(['abcd']), { 'Content-Length': '4' }],
    ['an empty Blob', () => new Blob([]), { 'Content-Length': '0' }],
    ['an empty string', () => '', { 'Content-Length': '0' }],
    ['null (a POST says 0)', () => null, { 'Content-Length': '0' }],
    ['a file stream (its size)', () => createReadStream(tenBytes), { 'Content-Length': '10' }],
    ['an iterable with a length', () => sized(5), { 'Content-Length': '5' }],
    ['a stream of unknown size', () => Readable.from(['a']), { 'Transfer-Encoding': 'chunked' }],
    ['a generator', () => (function* () {})(), { 'Transfer-Encoding': 'chunked' }],
  ])('recomputes the framing for %s', async (_case, make, expected) => {
    const p = prepare({ json: { a: 1 } });
    const body = make();
    p.body = body;
    expect(framing(p)).toEqual(expected);
    expect(p.headers.get('Content-Type')).toBe('application/json');
    if (body instanceof Readable) await closed(body);
  });

  it('switches between Content-Length and chunked as bodies come and go', () => {
    const p = prepare({ data: 'abc' });
    p.body = Readable.from(['x']);
    expect(framing(p)).toEqual({ 'Transfer-Encoding': 'chunked' });
    p.body = 'abcdef';
    expect(framing(p)).toEqual({ 'Content-Length': '6' });
    p.body = null;
    expect(framing(p)).toEqual({ 'Content-Length': '0' });
  });

  it('frames a body given to a request prepared without one, as GET with data would be', () => {
    const p = prepare({ method: 'GET' });
    expect(framing(p)).toEqual({});
    p.body = 'Seriously, send exactly these bytes.';
    expect(framing(p)).toEqual({ 'Content-Length': '36' });
    p.body = null;
    expect(framing(p)).toEqual({});
  });

  it('keeps a Content-Length the user set when the new body agrees', () => {
    const p = prepare({ data: 'abc', headers: { 'content-length': '3' } });
    p.body = new Uint8Array(3);
    expect(p.headers.toJSON()).toEqual({ 'content-length': '3' });
  });

  it('throws InvalidHeader, before any I/O, when a Content-Length the user set disagrees', () => {
    const p = prepare({ data: 'abc', headers: { 'Content-Length': '3' } });
    const assign = () => {
      p.body = 'abcd';
    };
    expect(assign).toThrow(InvalidHeader);
    expect(assign).toThrow('The Content-Length header (3) disagrees with the length of the body (4 bytes)');
    // Nothing changed.
    expect(p.body).toBe('abc');
    expect(framing(p)).toEqual({ 'Content-Length': '3' });
    let error: unknown = null;
    try {
      assign();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(InvalidHeader);
    expect((error as InvalidHeader).request).toBe(p);
  });

  it('treats a Content-Length edited after preparing as the user’s', () => {
    const p = prepare({ data: 'abc' });
    p.headers.set('Content-Length', '5');
    expect(() => {
      p.body = 'abc';
    }).not.toThrow(); // the same body: nothing to do
    expect(() => {
      p.body = 'abcd';
    }).toThrow(InvalidHeader);
    p.body = 'abcde';
    expect(framing(p)).toEqual({ 'Content-Length': '5' });
    // Once the user owns the header, it stays theirs.
    expect(() => {
      p.body = 'ab';
    }).toThrow(InvalidHeader);
  });

  it('does not check a user Content-Length against a body of unknown size', () => {
    const p = prepare({ data: 'abc', headers: { 'Content-Length': '3' } });
    p.body = Readable.from(['abc']);
    expect(framing(p)).toEqual({ 'Content-Length': '3' });
  });

  it('keeps a Transfer-Encoding the user set', () => {
    const p = prepare({ data: Readable.from(['x']), headers: { 'Transfer-Encoding': 'chunked' } });
    p.body = 'abc';
    expect(framing(p)).toEqual({ 'Transfer-Encoding': 'chunked' });
  });

  it('resets bodyRewind for the new body', async () => {
    const p = prepare({ data: 'abc' });
    const stream = createReadStream(tenBytes);
    p.body = stream;
    const again = p.bodyRewind?.();
    expect(again).not.toBe(stream);
    expect((again as { path?: unknown }).path).toBe(tenBytes);
    await Promise.all([closed(stream), closed(again as Readable)]);
    p.body = Readable.from(['once']);
    expect(p.bodyRewind).toBeNull();
    p.body = null;
    expect(p.bodyRewind).toBeNull();
  });

  it('leaves headers alone on a request never prepared', () => {
    const p = new PreparedRequest();
    p.method = 'POST';
    p.body = 'abc';
    expect(p.headers.size).toBe(0);
  });

  it('lets prepareBody run again with new data', () => {
    const p = prepare({ data: 'abc' });
    p.prepareBody('abcdef');
    expect(framing(p)).toEqual({ 'Content-Length': '6' });
    p.prepareBody(Readable.from(['x']));
    expect(framing(p)).toEqual({ 'Transfer-Encoding': 'chunked' });
    p.body = 'xy';
    expect(framing(p)).toEqual({ 'Content-Length': '2' });
  });

  it('gives a copy the same behaviour without touching the original', () => {
    const p = prepare({ data: 'abc' });
    const q = p.copy();
    q.body = 'abcdef';
    expect(framing(q)).toEqual({ 'Content-Length': '6' });
    expect(framing(p)).toEqual({ 'Content-Length': '3' });
  });

  it('drops nothing the session removed on a redirect (headers first, then the body)', () => {
    const p = prepare({ data: 'abc' });
    p.headers.delete('Content-Length');
    p.headers.delete('Content-Type');
    p.method = 'GET';
    p.body = null;
    expect(p.headers.toJSON()).toEqual({});
  });
});
