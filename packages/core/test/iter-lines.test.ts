import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { iterLines } from '../src/iter-lines.js';
import { Response } from '../src/response.js';

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

async function* chunksOf<T>(chunks: T[]): AsyncGenerator<T> {
  yield* chunks;
}

async function lines<T extends Uint8Array | string>(
  chunks: T[],
  delimiter: string | null = null,
): Promise<string[]> {
  const out: string[] = [];
  for await (const line of iterLines(chunksOf(chunks), delimiter)) {
    out.push(typeof line === 'string' ? line : decode(line));
  }
  return out;
}

const bytesOf = (chunks: string[]): Uint8Array[] => chunks.map((c) => new TextEncoder().encode(c));

describe('iterLines (newlines)', () => {
  const table: [string[], string[]][] = [
    [['a\nb\nc'], ['a', 'b', 'c']],
    [['a\nb\n'], ['a', 'b']],
    [['a\r\nb\r\n'], ['a', 'b']],
    [['a\rb\rc'], ['a', 'b', 'c']],
    [['a\n\nb'], ['a', '', 'b']],
    [['\na'], ['', 'a']],
    [
      ['a\r', '\nb'],
      ['a', 'b'],
    ], // \r\n split across chunks: one ending, no extra empty line
    [
      ['a\r', '', '\nb'],
      ['a', 'b'],
    ], // …even with an empty chunk between
    [
      ['a\r', '\r\nb'],
      ['a', '', 'b'],
    ],
    [
      ['a\r', 'b'],
      ['a', 'b'],
    ],
    [
      ['ab', 'cd', 'e\nf', 'g'],
      ['abcde', 'fg'],
    ],
    [['abc'], ['abc']],
    [[''], []],
    [[], []],
    [['\n'], ['']],
    [['\r\n\r\n'], ['', '']],
    [
      ['x\n', '\ny'],
      ['x', '', 'y'],
    ],
  ];
  it.each(table)('%j → %j (bytes and strings)', async (chunks, expected) => {
    expect(await lines(bytesOf(chunks))).toEqual(expected);
    expect(await lines(chunks)).toEqual(expected);
  });
});

describe('iterLines (delimiter)', () => {
  const table: [string[], string, string[]][] = [
    [['a;b;c'], ';', ['a', 'b', 'c']],
    [['a;b;'], ';', ['a', 'b']],
    [['a;;b'], ';', ['a', '', 'b']],
    [['a\r\nb\r\n'], '\r\n', ['a', 'b']],
    [['a\r', '\nb'], '\r\n', ['a', 'b']], // delimiter straddling two chunks
    [['a<', 'E', 'N', 'D>b<EN', 'D>'], '<END>', ['a', 'b']], // …and four
    [['a\nb;c'], ';', ['a\nb', 'c']],
    [['aXXb'], 'XX', ['a', 'b']],
    [['aX', 'Xb'], 'XX', ['a', 'b']],
    [['aXXX', 'b'], 'XX', ['a', 'Xb']],
    [['é;ü'], ';', ['é', 'ü']],
    [['x|', '|y||'], '||', ['x', 'y']],
  ];
  it.each(table)('%j split on %j → %j', async (chunks, delimiter, expected) => {
    expect(await lines(bytesOf(chunks), delimiter)).toEqual(expected);
    expect(await lines(chunks, delimiter)).toEqual(expected);
  });

  it('encodes a non-ASCII delimiter as UTF-8 for byte lines', async () => {
    expect(await lines(bytesOf(['a§b§', 'c']), '§')).toEqual(['a', 'b', 'c']);
  });

  it('is linear: a long line over many chunks is not re-copied per chunk', async () => {
    const chunks = bytesOf(Array.from({ length: 20_000 }, () => 'x'.repeat(512)));
    const started = performance.now();
    const [line] = await lines([...chunks, new TextEncoder().encode('\nend')]);
    expect(line).toHaveLength(20_000 * 512);
    const [delimited] = await lines(chunks, '--');
    expect(delimited).toHaveLength(20_000 * 512);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('Response.iterLines', () => {
  function response(chunks: string[], contentType?: string): Response {
    const r = new Response();
    if (contentType) r.headers.set('content-type', contentType);
    r.setBody(Readable.from(chunks.map((c) => Buffer.from(c, 'utf8'))));
    return r;
  }

  it('yields byte lines by default (chunkSize 512)', async () => {
    const out: Uint8Array[] = [];
    for await (const line of response(['one\r\ntwo\r', '\nthree']).iterLines()) out.push(line);
    expect(out.every((line) => line instanceof Uint8Array)).toBe(true);
    expect(out.map(decode)).toEqual(['one', 'two', 'three']);
  });

  it('yields string lines with decodeUnicode, across tiny chunks', async () => {
    const out: string[] = [];
    const r = response(['héllo\nwörld\n'], 'text/plain; charset=utf-8');
    for await (const line of r.iterLines({ chunkSize: 1, decodeUnicode: true })) out.push(line);
    expect(out).toEqual(['héllo', 'wörld']);
  });

  it('splits on a custom delimiter', async () => {
    const out: string[] = [];
    const r = response(['a||b|', '|c'], 'text/plain; charset=utf-8');
    for await (const line of r.iterLines({ delimiter: '||', decodeUnicode: true, chunkSize: 2 }))
      out.push(line);
    expect(out).toEqual(['a', 'b', 'c']);
  });

  it('works over content already read', async () => {
    const r = response(['x\ny']);
    await r.read();
    const out: string[] = [];
    for await (const line of r.iterLines()) out.push(decode(line));
    expect(out).toEqual(['x', 'y']);
  });
});
