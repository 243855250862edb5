import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ChunkedEncodingError } from '../src/errors/chunked-encoding-error.js';
import { RequestException } from '../src/errors/request-exception.js';
import { StreamConsumedError } from '../src/errors/stream-consumed-error.js';
import { Response } from '../src/response.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

function streamed(chunks: (string | Uint8Array)[], headers: Record<string, string> = {}): Response {
  const r = new Response();
  r.statusCode = 200;
  for (const [name, value] of Object.entries(headers)) r.headers.set(name, value);
  r.setBody(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)))));
  return r;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('content and read()', () => {
  it('before read() with a stream: RequestException telling to call read()', () => {
    const r = streamed(['abc']);
    expect(() => r.content).toThrow(RequestException);
    expect(() => r.content).toThrow(/call await response\.read\(\) first/);
    expect(() => r.content).not.toThrow(StreamConsumedError);
    expect(() => r.text).toThrow(/call await response\.read\(\) first/);
    expect(() => r.json()).toThrow(/call await response\.read\(\) first/);
  });

  it('read() concatenates the chunks into one buffer of its own', async () => {
    const pool = Buffer.from('hello world, and more');
    const r = new Response();
    r.setBody(Readable.from([pool.subarray(0, 5), pool.subarray(5, 11)]));
    const bytes = await r.read();
    expect(decode(bytes)).toBe('hello world');
    expect(r.content).toBe(bytes);
    expect(bytes.buffer).not.toBe(pool.buffer);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.buffer.byteLength).toBe(11);
    // A single chunk is copied too: content never aliases memory the adapter may reuse.
    const single = new Response();
    single.setBody(Readable.from([pool.subarray(0, 5)]));
    const own = await single.read();
    pool[0] = 0x21;
    expect(decode(own)).toBe('hello');
  });

  it('read() twice (even concurrently) reads once; after it content, text and json work', async () => {
    const r = streamed(['{"a":', ' [1, 2]}'], { 'Content-Type': 'application/json' });
    const [a, b] = await Promise.all([r.read(), r.read()]);
    expect(a).toBe(b);
    expect(await r.read()).toBe(a);
    expect(r.text).toBe('{"a": [1, 2]}');
    expect(r.json()).toEqual({ a: [1, 2] });
  });

  it('read() accepts any async iterable of bytes, and string chunks', async () => {
    const r = new Response();
    r.setBody(
      (async function* () {
        yield encode('ab');
        yield encode('cd');
      })(),
    );
    expect(decode(await r.read())).toBe('abcd');
    const s = new Response();
    s.setBody(Readable.from(['text ', 'chunks'], { objectMode: true }));
    expect(decode(await s.read())).toBe('text chunks');
  });

  it('read() on a body-less response gives empty bytes', async () => {
    const r = new Response();
    expect((await r.read()).byteLength).toBe(0);
    expect(r.content?.byteLength).toBe(0);
  });

  it('errors thrown by the body stream propagate from read() as thrown', async () => {
    const r = new Response();
    const failure = new ChunkedEncodingError('connection broken mid-body');
    r.setBody(
      (async function* () {
        yield encode('partial');
        throw failure;
      })(),
    );
    await expect(r.read()).rejects.toBe(failure);
    expect(() => r.content).toThrow(StreamConsumedError);
  });

  it('the content setter replaces the body', () => {
    const r = streamed(['ignored']);
    r.content = encode('set directly');
    expect(r.text).toBe('set directly');
    r.content = null;
    expect(r.content).toBeNull();
  });
});

describe('iterContent', () => {
  it('yields chunks as they arrive by default (chunkSize null)', async () => {
    const r = streamed(['ab', 'cde', 'f']);
    expect((await collect(r.iterContent())).map(decode)).toEqual(['ab', 'cde', 'f']);
  });

  it('re-cuts to a fixed chunkSize', async () => {
    const r = streamed(['ab', 'cde', 'fghij', '', 'k']);
    expect((await collect(r.iterContent(3))).map(decode)).toEqual(['abc', 'def', 'ghi', 'jk']);
    const one = streamed(['abc']);
    expect((await collect(one.iterContent(1))).map(decode)).toEqual(['a', 'b', 'c']);
  });

  it('passes aligned chunks on as views, copies only pieces that straddle chunks, and clears a short last piece', async () => {
    const aligned = Buffer.from('abcdefgh');
    const tail = Buffer.from('ijk');
    const r = new Response();
    r.statusCode = 200;
    r.setBody(Readable.from([aligned, tail]));
    const pieces = await collect(r.iterContent(4));
    expect(pieces.map(decode)).toEqual(['abcd', 'efgh', 'ijk']);
    expect(pieces[0]!.buffer).toBe(aligned.buffer);
    expect(pieces[1]!.buffer).toBe(aligned.buffer);
    // 'ijk' is not a whole piece: copied into a piece of its own, the unused byte zeroed.
    const last = pieces[2]!;
    expect(last.buffer).not.toBe(tail.buffer);
    expect([...new Uint8Array(last.buffer, last.byteOffset, 4)]).toEqual([0x69, 0x6a, 0x6b, 0]);
  });

  it('rejects a chunkSize that is not a positive integer', () => {
    const r = streamed(['abc']);
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => r.iterContent(bad)).toThrow(TypeError);
  });

  it('a second iteration of a consumed stream throws StreamConsumedError, as does content', async () => {
    const r = streamed(['abc']);
    await collect(r.iterContent());
    await expect(collect(r.iterContent())).rejects.toThrow(StreamConsumedError);
    expect(() => r.content).toThrow(StreamConsumedError);
    expect(() => r.content).toThrow('The content for this response was already consumed.');
    await expect(r.read()).rejects.toThrow(StreamConsumedError);
  });

  it('a stream abandoned mid-way (break) is consumed and destroyed', async () => {
    const source = Readable.from(['a', 'b', 'c'].map((s) => Buffer.from(s)));
    const r = new Response();
    r.setBody(source);
    for await (const chunk of r.iterContent()) {
      expect(decode(chunk)).toBe('a');
      break;
    }
    expect(source.destroyed).toBe(true);
    expect(() => r.content).toThrow(StreamConsumedError);
  });

  it('while one iteration runs, another or read() is refused', async () => {
    const r = streamed(['a', 'b']);
    const first = r.iterContent()[Symbol.asyncIterator]();
    await first.next();
    await expect(collect(r.iterContent())).rejects.toThrow(StreamConsumedError);
    await expect(r.read()).rejects.toThrow(StreamConsumedError);
    expect(() => r.content).toThrow(StreamConsumedError);
    await first.return(undefined);
  });

  it('replays content after read(), any number of times', async () => {
    const r = streamed(['hello ', 'world']);
    await r.read();
    expect((await collect(r.iterContent())).map(decode)).toEqual(['hello world']);
    expect((await collect(r.iterContent(4))).map(decode)).toEqual(['hell', 'o wo', 'rld']);
    const empty = new Response();
    empty.content = new Uint8Array(0);
    expect(await collect(empty.iterContent())).toEqual([]);
  });

  it('decodeUnicode decodes with encoding, keeping characters split across chunks whole', async () => {
    const bytes = Buffer.from('héllo wörld', 'utf8');
    const r = new Response();
    r.headers.set('content-type', 'text/plain; charset=utf-8');
    r.setBody(Readable.from([bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)]));
    const parts = await collect(r.iterContent(null, true));
    expect(parts.join('')).toBe('héllo wörld');
    expect(parts.every((part) => typeof part === 'string')).toBe(true);
  });

  it('decodeUnicode honours latin-1 for text/* and streams UTF-8 when no encoding is known', async () => {
    const latin = streamed([Uint8Array.from([0x63, 0x61, 0x66, 0xe9])], { 'Content-Type': 'text/plain' });
    expect((await collect(latin.iterContent(2, true))).join('')).toBe('café');
    const unknown = streamed([Uint8Array.from([0xe2, 0x9c]), Uint8Array.from([0x93])]);
    expect((await collect(unknown.iterContent(null, true))).join('')).toBe('✓');
  });

  it('decodeUnicode over content in hand uses apparentEncoding when encoding is null', async () => {
    const r = new Response();
    r.content = Uint8Array.from([0x93, 0x68, 0x69, 0x94]);
    expect((await collect(r.iterContent(null, true))).join('')).toBe('“hi”');
  });

  it('for await over the response iterates 128-byte chunks', async () => {
    const r = streamed(['x'.repeat(300)]);
    const sizes: number[] = [];
    for await (const chunk of r) sizes.push(chunk.byteLength);
    expect(sizes).toEqual([128, 128, 44]);
  });

  it('errors thrown by the body stream propagate from iterContent as thrown', async () => {
    const failure = new ChunkedEncodingError('broken');
    const r = new Response();
    r.setBody(
      (async function* () {
        yield encode('a');
        throw failure;
      })(),
    );
    await expect(collect(r.iterContent())).rejects.toBe(failure);
  });
});

describe('raw, close() and asyncDispose', () => {
  it('raw is the undecoded stream given to setBody, else the decoded Readable', () => {
    const decoded = Readable.from([Buffer.from('plain')]);
    const raw = Readable.from([Buffer.from('gzipped')]);
    const r = new Response();
    r.setBody(decoded, raw);
    expect(r.raw).toBe(raw);
    const s = new Response();
    s.setBody(decoded);
    expect(s.raw).toBe(decoded);
  });

  it('raw wraps a non-Readable body in a Readable that is also the body', async () => {
    const r = new Response();
    r.setBody(
      (async function* () {
        yield encode('from a generator');
      })(),
    );
    const raw = r.raw;
    expect(raw).toBeInstanceOf(Readable);
    expect(r.raw).toBe(raw);
    expect(decode(await r.read())).toBe('from a generator');
  });

  it('assigning raw on a body-less response makes it the body (adapters: docs/reference/layers.md#adapters)', async () => {
    const r = new Response();
    r.raw = Readable.from([Buffer.from('via raw')]);
    expect(decode(await r.read())).toBe('via raw');
  });

  it('close() destroys an unread stream, is idempotent, and content then says so', async () => {
    const decoded = Readable.from([Buffer.from('x')]);
    const raw = Readable.from([Buffer.from('y')]);
    const r = new Response();
    r.setBody(decoded, raw);
    await r.close();
    await r.close();
    expect(decoded.destroyed).toBe(true);
    expect(raw.destroyed).toBe(true);
    expect(() => r.content).toThrow(StreamConsumedError);
    expect(() => r.content).toThrow('The response was closed before its body was read.');
    await expect(collect(r.iterContent())).rejects.toThrow(StreamConsumedError);
  });

  it('close() ends an async-generator body (its finally runs)', async () => {
    let cleaned = false;
    const r = new Response();
    const body = (async function* () {
      try {
        yield encode('a');
        yield encode('b');
      } finally {
        cleaned = true;
      }
    })();
    r.setBody(body);
    const iterator = r.iterContent()[Symbol.asyncIterator]();
    await iterator.next();
    await r.close();
    await iterator.return(undefined);
    expect(cleaned).toBe(true);
  });

  it('close() after read() keeps content', async () => {
    const r = streamed(['kept']);
    await r.read();
    await r.close();
    expect(r.text).toBe('kept');
  });

  it('await using closes the response', async () => {
    const source = Readable.from([Buffer.from('x')]);
    {
      await using r = new Response();
      r.setBody(source);
    }
    expect(source.destroyed).toBe(true);
  });
});

describe('a body whose raw stream was read first', () => {
  it('refuses to hand out what is left as the body', async () => {
    const stream = Readable.from([Buffer.from('hello '), Buffer.from('world')], { objectMode: false });
    const response = new Response();
    response.setBody(stream);
    for await (const _chunk of response.raw as AsyncIterable<Uint8Array>) break;
    await expect(response.read()).rejects.toBeInstanceOf(StreamConsumedError);
    expect(() => response.content).toThrow(StreamConsumedError);
  });
});
