import { Readable } from 'node:stream';
import * as zlib from 'node:zlib';
import { ContentDecodingError } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { contentCodings, decodeBody, MAX_CODINGS, SUPPORTED_CODINGS } from '../src/decoding/decode-body.js';

/** A raw stream delivering `bytes` in pieces of `size` (1 = byte by byte). */
function rawOf(bytes: Buffer, size = bytes.length || 1): Readable {
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) pieces.push(bytes.subarray(i, i + size));
  return Readable.from(pieces, { objectMode: false });
}

async function decode(bytes: Buffer, codings: string[], size?: number): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of decodeBody(rawOf(bytes, size), codings)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
}

const text = 'hello reqs '.repeat(500);
const gz = zlib.gzipSync(text);

describe('contentCodings', () => {
  it.each([
    [[], []],
    [['gzip'], ['gzip']],
    [['GZIP'], ['gzip']],
    [['x-gzip'], ['x-gzip']],
    [[' br'], ['br']],
    [['GZip, br'], ['gzip', 'br']],
    [
      ['gzip', 'deflate'],
      ['gzip', 'deflate'],
    ],
    [['identity'], []],
    [['gzip, , identity'], ['gzip']],
    [['gzip, compress'], null],
    [['__proto__'], null],
  ])('%j → %j', (values, expected) => {
    expect(contentCodings(values)).toEqual(expected);
  });

  it('lists what the runtime decodes', () => {
    expect(SUPPORTED_CODINGS.slice(0, 3)).toEqual(['gzip', 'deflate', 'br']);
  });
});

describe('decodeBody', () => {
  it.each([1, 7, 1000, undefined])('decodes gzip delivered in pieces of %s', async (size) => {
    expect(await decode(gz, ['gzip'], size)).toBe(text);
    expect(await decode(gz, ['x-gzip'], size)).toBe(text);
  });

  it.each([1, 5, undefined])(
    'decodes concatenated members and ignores bytes after them (pieces of %s)',
    async (size) => {
      const two = Buffer.concat([zlib.gzipSync('one '), zlib.gzipSync('two')]);
      expect(await decode(two, ['gzip'], size)).toBe('one two');
      expect(await decode(Buffer.concat([gz, Buffer.from('GARBAGE')]), ['gzip'], size)).toBe(text);
      expect(await decode(Buffer.concat([gz, Buffer.alloc(10)]), ['gzip'], size)).toBe(text);
    },
  );

  it('decodes a whole member in one chunk, however it is cut or however large', async () => {
    const large = Buffer.from(Array.from({ length: 60_000 }, (_, i) => `line ${i}\n`).join(''));
    const medium = Buffer.from(Array.from({ length: 9_000 }, (_, i) => `line ${i}\n`).join(''));
    expect(await decode(zlib.gzipSync(medium), ['gzip'])).toBe(medium.toString());
    const big = zlib.gzipSync(large);
    expect(await decode(big, ['gzip'])).toBe(large.toString());
    // Deflate data ending exactly at a chunk's end, its trailer in the next chunk.
    const cut = gz.length - 8;
    const pieces = [gz.subarray(0, cut), gz.subarray(cut)];
    const chunks: Buffer[] = [];
    for await (const chunk of decodeBody(Readable.from(pieces, { objectMode: false }), ['gzip'])) {
      chunks.push(chunk as Buffer);
    }
    expect(Buffer.concat(chunks).toString()).toBe(text);
  });

  it('fails a gzip member with corrupt deflate data alike whole or in pieces', async () => {
    const corrupt = Buffer.concat([
      gz.subarray(0, 10),
      Buffer.from([0xff, 0xff, 0xff, 1, 2, 3]),
      gz.subarray(-8),
    ]);
    const messages: string[] = [];
    for (const size of [1, undefined]) {
      const error = await decode(corrupt, ['gzip'], size).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ContentDecodingError);
      messages.push((error as Error).message);
    }
    expect(messages[0]).toBe(messages[1]);
  });

  it('reads headers with FEXTRA, FNAME, FCOMMENT and FHCRC', async () => {
    const body = zlib.deflateRawSync('named');
    const header = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x08 | 0x10 | 0x02, 0, 0, 0, 0, 0, 3]);
    const extra = Buffer.from([3, 0, 1, 2, 3]);
    const name = Buffer.from('file.txt\0comment\0');
    const hcrc = Buffer.from([0, 0]);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(zlib.crc32('named'), 0);
    trailer.writeUInt32LE(5, 4);
    const member = Buffer.concat([header, extra, name, hcrc, body, trailer]);
    expect(await decode(member, ['gzip'], 1)).toBe('named');
    expect(await decode(member, ['gzip'])).toBe('named');
  });

  it('keeps an empty body empty', async () => {
    for (const coding of ['gzip', 'deflate', 'br']) expect(await decode(Buffer.alloc(0), [coding])).toBe('');
  });

  it.each([
    ['truncated gzip', gz.subarray(0, gz.length - 20), 'gzip'],
    ['gzip without its trailer', gz.subarray(0, gz.length - 8), 'gzip'],
    ['gzip with half a trailer', gz.subarray(0, gz.length - 3), 'gzip'],
    ['only a gzip header', gz.subarray(0, 6), 'gzip'],
    ['not gzip', Buffer.from('plain text, not gzip'), 'gzip'],
    ['gzip with a bad CRC', Buffer.concat([gz.subarray(0, gz.length - 8), Buffer.alloc(8)]), 'gzip'],
    ['corrupt deflate', Buffer.from('not deflate data at all'), 'deflate'],
    ['truncated deflate', zlib.deflateSync(text).subarray(0, 30), 'deflate'],
    ['a single deflate byte', Buffer.from([0x78]), 'deflate'],
    ['corrupt br', Buffer.from('not brotli'), 'br'],
    ['truncated br', zlib.brotliCompressSync(text).subarray(0, 10), 'br'],
  ])('%s → ContentDecodingError', async (_name, bytes, coding) => {
    for (const size of [1, undefined]) {
      const error = await decode(bytes, [coding], size).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ContentDecodingError);
      expect((error as Error).message).toContain(coding);
    }
  });

  it('decodes zlib-wrapped and raw deflate', async () => {
    expect(await decode(zlib.deflateSync(text), ['deflate'], 1)).toBe(text);
    expect(await decode(zlib.deflateRawSync(text), ['deflate'], 1)).toBe(text);
    expect(await decode(zlib.deflateRawSync(text), ['deflate'])).toBe(text);
  });

  it('decodes br', async () => {
    expect(await decode(zlib.brotliCompressSync(text), ['br'], 3)).toBe(text);
  });

  const zstd = (zlib as { zstdCompressSync?: (b: string) => Buffer }).zstdCompressSync;
  // Node ≥ 22.15 / 23.8 has zstd; on older runtimes this test is reported as skipped, by name.
  it.runIf(zstd !== undefined)(
    'decodes zstd (skipped: this Node has no zlib.zstdCompressSync, so no zstd decoder either)',
    async () => {
      expect(await decode(zstd!(text), ['zstd'])).toBe(text);
    },
  );

  it('undoes stacked codings in reverse order', async () => {
    const stacked = zlib.brotliCompressSync(zlib.deflateSync(zlib.gzipSync(text)));
    expect(await decode(stacked, ['gzip', 'deflate', 'br'], 11)).toBe(text);
  });

  it(`refuses more than ${MAX_CODINGS} codings`, async () => {
    let bytes = Buffer.from(text);
    for (let i = 0; i < 6; i++) bytes = zlib.gzipSync(bytes);
    expect(await decode(bytes.subarray(0), Array(5).fill('gzip'))).not.toBe(text);
    await expect(decode(bytes, Array(6).fill('gzip'))).rejects.toThrow(ContentDecodingError);
  });

  it('keeps memory bounded on a decompression bomb: the raw stream is pulled only as fast as output is read', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024));
    let pulled = 0;
    const pieces = function* () {
      for (let i = 0; i < bomb.length; i += 16_384) {
        pulled += 1;
        yield bomb.subarray(i, i + 16_384);
      }
    };
    const decoded = decodeBody(Readable.from(pieces(), { objectMode: false }), ['gzip']);
    const iterator = decoded[Symbol.asyncIterator]();
    await iterator.next();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pulled).toBeLessThan(10);
    expect(decoded.readableLength).toBeLessThan(1024 * 1024);
    decoded.destroy();
  });

  it('destroying the decoded stream destroys the raw one', async () => {
    const raw = rawOf(gz, 10);
    const decoded = decodeBody(raw, ['gzip']);
    decoded.destroy();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(raw.destroyed).toBe(true);
  });

  it('a raw stream closed early without an error fails the decoded one instead of hanging', async () => {
    const raw = new Readable({
      read() {
        this.push(gz.subarray(0, 10));
        this.destroy();
      },
    });
    const iterate = async () => {
      for await (const _ of decodeBody(raw, ['gzip', 'gzip'])) {
        // drain
      }
    };
    await expect(iterate()).rejects.toMatchObject({ code: 'ERR_STREAM_PREMATURE_CLOSE' });
  });

  it('destroying the decoded stream with an error passes it to the raw one', async () => {
    const raw = rawOf(gz, 10);
    const errors: Error[] = [];
    raw.on('error', (error) => errors.push(error));
    const decoded = decodeBody(raw, ['gzip']);
    const reason = new Error('reader gave up');
    decoded.on('error', () => {});
    decoded.destroy(reason);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(raw.destroyed).toBe(true);
    expect(errors[0]).toBe(reason);
  });

  it('passes a raw stream error through as it is', async () => {
    const failure = new Error('connection broken');
    const raw = new Readable({
      read() {
        this.push(gz.subarray(0, 10));
        this.destroy(failure);
      },
    });
    const iterate = async () => {
      for await (const _ of decodeBody(raw, ['gzip'])) {
        // drain
      }
    };
    await expect(iterate()).rejects.toBe(failure);
  });
});
