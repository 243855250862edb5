// Hostile content codings: corrupt, truncated, trailing garbage, empty, too deeply stacked, bombs.
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { ChunkedEncodingError, ContentDecodingError } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { checkRecovery, createSession, startHostileServer } from '../src/index.js';
import { expectError } from './helpers/expect-error.js';
import { writeResponse } from './helpers/respond.js';

const TEXT = 'The quick brown fox jumps over the lazy dog. '.repeat(40);

/** A route answering `body` with `Content-Encoding: coding` and an exact Content-Length. */
function encoded(coding: string | string[], body: Uint8Array) {
  const codings = Array.isArray(coding) ? coding : [coding];
  return (_r: unknown, socket: import('node:net').Socket) =>
    writeResponse(
      socket,
      '200 OK',
      [
        'Content-Type: text/plain',
        ...codings.map((c) => `Content-Encoding: ${c}`),
        `Content-Length: ${body.length}`,
      ],
      body,
    );
}

function corrupt(bytes: Uint8Array, from: number): Buffer {
  const copy = Buffer.from(bytes);
  for (let i = from; i < copy.length - 8; i++) copy[i] = (copy[i]! ^ 0x5a) & 0xff;
  return copy;
}

describe('corrupt codings', () => {
  it.each([
    ['gzip', corrupt(gzipSync(TEXT), 10)],
    ['deflate', corrupt(deflateSync(TEXT), 2)],
    ['br', corrupt(brotliCompressSync(TEXT), 0)],
    ['gzip (not gzip at all)', Buffer.from('this is plain text, not gzip')],
  ])('corrupt %s → ContentDecodingError', async (name, body) => {
    const coding = name.split(' ')[0]!;
    await using server = await startHostileServer({ '/corrupt': encoded(coding, body) });
    const s = createSession();
    await expectError(
      s.get(`${server.url}/corrupt`),
      ContentDecodingError,
      new RegExp(`${coding}|decod`, 'i'),
    );
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('corrupt gzip read as a stream → ContentDecodingError from iterContent', async () => {
    await using server = await startHostileServer({
      '/corrupt': encoded('gzip', corrupt(gzipSync(TEXT), 10)),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/corrupt`, { stream: true });
    const reading = (async () => {
      for await (const _chunk of r.iterContent()) {
        // drain
      }
    })();
    await expectError(reading, ContentDecodingError, /gzip|decod/i);
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('truncated and padded gzip', () => {
  it('a gzip body cut short inside complete HTTP framing → ContentDecodingError, never short text', async () => {
    const gz = gzipSync(TEXT);
    await using server = await startHostileServer({
      '/truncated': encoded('gzip', gz.subarray(0, gz.length - 20)),
    });
    const s = createSession();
    await expectError(
      s.get(`${server.url}/truncated`),
      ContentDecodingError,
      /gzip|truncat|unexpected end|decod/i,
    );
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('a gzip body whose connection is cut (short Content-Length) → ChunkedEncodingError', async () => {
    const gz = gzipSync(TEXT);
    await using server = await startHostileServer({
      '/cut': (_r, socket) => {
        writeResponse(
          socket,
          '200 OK',
          ['Content-Encoding: gzip', `Content-Length: ${gz.length}`],
          gz.subarray(0, gz.length - 20),
        );
        socket.end();
      },
    });
    const s = createSession();
    await expectError(s.get(`${server.url}/cut`), ChunkedEncodingError, /Connection broken/);
    await checkRecovery(s, server);
  });

  it('bytes after a complete gzip member are ignored (as urllib3)', async () => {
    const body = Buffer.concat([gzipSync(TEXT), Buffer.from('\x00\x00trailing garbage\xff\xfe', 'latin1')]);
    await using server = await startHostileServer({ '/padded': encoded('gzip', body) });
    const s = createSession();
    const r = await s.get(`${server.url}/padded`);
    expect(r.text).toBe(TEXT);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it.each(['gzip', 'deflate', 'br'])(
    'an empty body with Content-Encoding: %s → empty content, no error',
    async (coding) => {
      await using server = await startHostileServer({ '/empty': encoded(coding, new Uint8Array(0)) });
      const s = createSession();
      const r = await s.get(`${server.url}/empty`);
      expect(r.statusCode).toBe(200);
      expect(r.content.byteLength).toBe(0);
      expect(r.text).toBe('');
      await checkRecovery(s, server, { keptAlive: 1 });
    },
  );
});

describe('stacked codings', () => {
  function stack(times: number): Buffer {
    let body: Buffer = Buffer.from(TEXT);
    for (let i = 0; i < times; i++) body = gzipSync(body);
    return body;
  }

  it('5 stacked gzip codings over several header lines are decoded', async () => {
    await using server = await startHostileServer({
      '/five': encoded(['gzip, gzip', 'gzip', 'gzip, gzip'], stack(5)),
    });
    const s = createSession();
    const r = await s.get(`${server.url}/five`);
    expect(r.text).toBe(TEXT);
    await checkRecovery(s, server, { keptAlive: 1 });
  });

  it('6 stacked codings counted across header lines → ContentDecodingError', async () => {
    await using server = await startHostileServer({
      '/six': encoded(['gzip, gzip', 'gzip', 'gzip, gzip', 'gzip'], stack(6)),
    });
    const s = createSession();
    await expectError(s.get(`${server.url}/six`), ContentDecodingError, /6.*5|too many/i);
    await checkRecovery(s, server, { keptAlive: 1 });
  });
});

describe('decompression bombs', () => {
  it('a 1 GiB gzip bomb streamed: decoding is lazy, the first chunk is small, closing frees the socket', async () => {
    // 1 GiB of zeros compress to ~1 MiB; reading them all would take seconds and the memory.
    // The compressed body is far larger than the client's buffers (64 KiB of body stream, the
    // decoder's), so it is still arriving when the response is closed: the socket must go.
    const bomb = gzipSync(Buffer.alloc(16 * 1024 * 1024));
    const copies = Buffer.concat(Array.from({ length: 64 }, () => bomb));
    await using server = await startHostileServer({ '/bomb': encoded('gzip', copies) });
    const s = createSession();
    const before = process.memoryUsage().rss;
    const r = await s.get(`${server.url}/bomb`, { stream: true });
    let first: Uint8Array | null = null;
    for await (const chunk of r.iterContent()) {
      first = chunk as Uint8Array;
      break;
    }
    expect(first).not.toBeNull();
    expect(first!.byteLength).toBeLessThanOrEqual(1024 * 1024);
    await r.close();
    expect(process.memoryUsage().rss - before).toBeLessThan(128 * 1024 * 1024);
    await checkRecovery(s, server);
  });
});
