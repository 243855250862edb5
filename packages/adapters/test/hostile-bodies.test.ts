import { gzipSync } from 'node:zlib';
import { ChunkedEncodingError, ConnectionError, ContentDecodingError } from '@reqs/core';
import { readRequestHead, startRawServer } from '@reqs/test-servers';
import { describe, expect, it } from 'vitest';
import { HTTPAdapter } from '../src/http-adapter.js';
import { fetchAll, prepare, rejection, send } from './helpers.js';

/** A server answering every request with `bytes` (then closing when `close`). */
function answering(bytes: Buffer | string, close = true) {
  return startRawServer((socket) => {
    void readRequestHead(socket).then(() => {
      if (close) socket.end(bytes);
      else socket.write(bytes);
    });
  });
}

const gz = gzipSync('decoded text '.repeat(100));
// The same text as two gzip members, and gz with its CRC-32 zeroed.
const twoMembers = Buffer.concat([
  gzipSync('decoded text '.repeat(40)),
  gzipSync('decoded text '.repeat(60)),
]);
const badCrc = Buffer.concat([gz.subarray(0, -8), Buffer.alloc(4), gz.subarray(-4)]);
const head = (headers: string) => Buffer.from(`HTTP/1.1 200 OK\r\n${headers}\r\n\r\n`);

describe('bodies from misbehaving servers', () => {
  it.each([
    [
      'truncated chunked body',
      Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n5\r\nwor'),
    ],
    [
      'Content-Length larger than the body',
      Buffer.from('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort'),
    ],
    [
      'invalid chunk size',
      Buffer.from('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n'),
    ],
  ])('%s → ChunkedEncodingError, never a short body', async (_name, bytes) => {
    await using server = await answering(bytes);
    const adapter = new HTTPAdapter();
    try {
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/`)));
      expect(error).toBeInstanceOf(ChunkedEncodingError);
      expect(error.message).toContain(`GET ${server.url}/`);
    } finally {
      await adapter.close();
    }
  });

  it('a reset mid-body → ChunkedEncodingError (as Requests)', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => {
        socket.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial', () => socket.resetAndDestroy());
      });
    });
    const adapter = new HTTPAdapter();
    try {
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/`)));
      expect(error).toBeInstanceOf(ChunkedEncodingError);
    } finally {
      await adapter.close();
    }
  });

  it('a connection closed before any response → ConnectionError', async () => {
    await using server = await startRawServer((socket) => {
      void readRequestHead(socket).then(() => socket.end());
    });
    const adapter = new HTTPAdapter();
    try {
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/`)));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).request?.url).toBe(`${server.url}/`);
    } finally {
      await adapter.close();
    }
  });

  it.each([
    ['corrupt gzip', head('Content-Encoding: gzip\r\nContent-Length: 9'), Buffer.from('not gzip!')],
    [
      'truncated gzip',
      head(`Content-Encoding: gzip\r\nContent-Length: ${gz.length - 10}`),
      gz.subarray(0, -10),
    ],
    ['gzip with a bad CRC-32', head(`Content-Encoding: gzip\r\nContent-Length: ${badCrc.length}`), badCrc],
    ['corrupt br', head('Content-Encoding: br\r\nContent-Length: 7'), Buffer.from('garbage')],
    ['corrupt deflate', head('Content-Encoding: deflate\r\nContent-Length: 7'), Buffer.from('garbage')],
    [
      'six codings over two header lines',
      head('Content-Encoding: gzip, gzip, gzip\r\nContent-Encoding: gzip, gzip, gzip\r\nContent-Length: 0'),
      Buffer.alloc(0),
    ],
  ])('%s → ContentDecodingError', async (_name, headBytes, body) => {
    await using server = await answering(Buffer.concat([headBytes, body]));
    const adapter = new HTTPAdapter();
    try {
      const error = await rejection(fetchAll(adapter, prepare('GET', `${server.url}/`)));
      expect(error).toBeInstanceOf(ContentDecodingError);
    } finally {
      await adapter.close();
    }
  });

  // The server closes each connection after its answer, so it says `Connection: close`: a
  // second request reusing the connection at once would race the server's FIN (a stale
  // keep-alive connection fails with ConnectionError whatever the body's coding).
  it.each([
    [
      'gzip with trailing garbage',
      head(`Content-Encoding: gzip\r\nContent-Length: ${gz.length + 7}\r\nConnection: close`),
      Buffer.concat([gz, Buffer.from('GARBAGE')]),
    ],
    [
      'gzip, chunked',
      head('Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\nConnection: close'),
      Buffer.concat([Buffer.from(`${gz.length.toString(16)}\r\n`), gz, Buffer.from('\r\n0\r\n\r\n')]),
    ],
    ['x-gzip until close', head('Content-Encoding: x-gzip'), gz],
    [
      'gzip of two members',
      head(`Content-Encoding: gzip\r\nContent-Length: ${twoMembers.length}\r\nConnection: close`),
      twoMembers,
    ],
  ])('%s decodes', async (_name, headBytes, body) => {
    await using server = await answering(Buffer.concat([headBytes, body]));
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(new TextDecoder().decode(response.content)).toBe('decoded text '.repeat(100));
      const raw = await send(adapter, prepare('GET', `${server.url}/`));
      expect(raw.raw).not.toBeNull();
      await raw.close();
    } finally {
      await adapter.close();
    }
  });

  it('an empty body with Content-Encoding: gzip is empty', async () => {
    await using server = await answering(head('Content-Encoding: gzip\r\nContent-Length: 0'));
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(response.content.byteLength).toBe(0);
    } finally {
      await adapter.close();
    }
  });

  it('an unknown coding leaves the body as received', async () => {
    await using server = await answering(
      Buffer.concat([head('Content-Encoding: compress\r\nContent-Length: 4'), Buffer.from('LZW!')]),
    );
    const adapter = new HTTPAdapter();
    try {
      const response = await fetchAll(adapter, prepare('GET', `${server.url}/`));
      expect(new TextDecoder().decode(response.content)).toBe('LZW!');
    } finally {
      await adapter.close();
    }
  });
});
