import type { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, gzipSync, inflateSync } from 'node:zlib';
import { ReadTimeout, type Response, StreamConsumedError } from '@reqs/core';
import { startServer } from '@reqs/httpbin';
import { startRawServer } from '@reqs/test-servers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send, sleep } from './helpers.js';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function iterateAll(response: Response): Promise<void> {
  for await (const _ of response.iterContent()) {
    // drain
  }
}

async function waitFor(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached');
    await sleep(10);
  }
}

const json = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;

describe('content of a body with Content-Length', () => {
  it('is one buffer of exactly that length, its own, with every byte of the body', async () => {
    const size = 3 * 1024 * 1024 + 7;
    const body = Buffer.alloc(size);
    for (let i = 0; i < size; i++) body[i] = (i * 31) & 0xff;
    const head = `HTTP/1.1 200 OK\r\nContent-Length: ${size}\r\nConnection: close\r\n\r\n`;
    // Half now, half later: the body is still arriving when it is read whole.
    await using server = await startRawServer((socket) => {
      socket.once('data', () => {
        socket.write(Buffer.concat([Buffer.from(head), body.subarray(0, size >> 1)]));
        setTimeout(() => socket.end(body.subarray(size >> 1)), 50);
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/`));
      const content = response.content!;
      expect(content.byteLength).toBe(size);
      expect(content.byteOffset).toBe(0);
      expect(content.buffer.byteLength).toBe(size);
      expect(Buffer.compare(Buffer.from(content.buffer), body)).toBe(0);
    } finally {
      await adapter.close();
    }
  });
});

describe('content of a small gzip body read whole', () => {
  it.each([
    ['under one zlib chunk', 10_000],
    ['over one zlib chunk', 100_000],
  ])('is one buffer of exactly the decoded length (%s)', async (_name, size) => {
    const text = Buffer.from(
      Array.from({ length: size }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join(''),
    );
    const gz = gzipSync(text);
    const head = `HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\n\r\n`;
    await using server = await startRawServer((socket) => {
      socket.once('data', () => socket.end(Buffer.concat([Buffer.from(head), gz])));
    });
    const adapter = new HTTPAdapter();
    try {
      const content = (await fetchAll(adapter, prepare('GET', `${server.url}/`))).content!;
      expect([content.byteOffset, content.byteLength, content.buffer.byteLength]).toEqual([0, size, size]);
      // A plain Uint8Array whatever the size, as every content is.
      expect(Buffer.isBuffer(content)).toBe(false);
      expect(Buffer.from(content).equals(text)).toBe(true);
    } finally {
      await adapter.close();
    }
  });
});

describe('response.raw is the undecoded body', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const adapter = new HTTPAdapter();
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await adapter.close();
    await server.close();
  });

  it.each([
    ['/gzip', 'gzip', 'gzipped', gunzipSync],
    ['/deflate', 'deflate', 'deflated', inflateSync],
    ['/brotli', 'br', 'brotli', brotliDecompressSync],
  ])('%s: raw yields the %s bytes; the decoded body is then consumed', async (path, coding, flag, decode) => {
    const response = await send(adapter, prepare('GET', `${server.url}${path}`));
    expect(response.headers.get('content-encoding')).toBe(coding);
    const raw = await readAll(response.raw!);
    if (coding === 'gzip') expect([...raw.subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect(json(decode(raw))[flag]).toBe(true);
    expect(await rejection(response.read())).toBeInstanceOf(StreamConsumedError);
    expect(() => response.content).toThrow(StreamConsumedError);
  });

  it('iterContent after a partial read of raw throws StreamConsumedError', async () => {
    const response = await send(adapter, prepare('GET', `${server.url}/gzip`));
    for await (const chunk of response.raw!) {
      expect((chunk as Buffer)[0]).toBe(0x1f);
      break;
    }
    expect(await rejection(iterateAll(response))).toBeInstanceOf(StreamConsumedError);
    await response.close();
  });

  it('a raw stream only looked at (or read after) leaves the decoded body readable', async () => {
    const response = await send(adapter, prepare('GET', `${server.url}/gzip`));
    expect(response.raw).not.toBeNull();
    expect(json(await response.read()).gzipped).toBe(true);
    // Read whole: the raw stream counts as read to its end, with nothing left in it.
    expect((await readAll(response.raw!)).byteLength).toBe(0);
    expect(response.raw?.readableEnded).toBe(true);
  });

  it('an uncompressed body is one stream: raw yields the body as sent', async () => {
    const response = await send(adapter, prepare('GET', `${server.url}/bytes/16`));
    expect(response.headers.get('content-encoding')).toBeUndefined();
    expect((await readAll(response.raw!)).byteLength).toBe(16);
  });

  it('compressed responses read in full or closed unread give their connection back', async () => {
    const blocking = new HTTPAdapter({ poolMaxsize: 1, poolBlock: true });
    try {
      for (let i = 0; i < 3; i++) {
        expect(json((await fetchAll(blocking, prepare('GET', `${server.url}/gzip`))).content).gzipped).toBe(
          true,
        );
        const unread = await send(blocking, prepare('GET', `${server.url}/brotli`));
        await unread.close();
      }
      // One connection at most, never held by an unread body: a leak would block this request.
      const last = await fetchAll(blocking, prepare('GET', `${server.url}/deflate`), { timeout: 2000 });
      expect(json(last.content).deflated).toBe(true);
    } finally {
      await blocking.close();
    }
  });
});

describe('a compressed body that never completes', () => {
  const gz = gzipSync(Buffer.alloc(100_000, 'reqs '));
  const head = `HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: ${gz.length}\r\n\r\n`;

  it('closing it unread closes the connection (nothing was piped yet)', async () => {
    await using stalled = await startRawServer((socket) => {
      socket.once('data', () => socket.write(Buffer.concat([Buffer.from(head), gz.subarray(0, 20)])));
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await send(adapter, prepare('GET', `${stalled.url}/`));
      await response.close();
      await waitFor(() => stalled.openConnections === 0);
      expect(response.raw?.destroyed).toBe(true);
    } finally {
      await adapter.close();
    }
  });

  it.each([
    ['gzip', head],
    ['uncompressed', head.replace('Content-Encoding: gzip\r\n', '')],
  ])('%s: a failure before the body is read surfaces as itself, later, from read()', async (_name, start) => {
    await using stalled = await startRawServer((socket) => {
      socket.once('data', () => socket.write(Buffer.concat([Buffer.from(start), gz.subarray(0, 20)])));
    });
    const adapter = new HTTPAdapter();
    try {
      const response = await send(adapter, prepare('GET', `${stalled.url}/`), { timeout: { total: 600 } });
      await waitFor(() => response.raw?.destroyed === true);
      const error = await rejection(response.read());
      expect(error).toBeInstanceOf(ReadTimeout);
      expect(error.message).toContain('total timeout=600 ms');
    } finally {
      await adapter.close();
    }
  });
});
