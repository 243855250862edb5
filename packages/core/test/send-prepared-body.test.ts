// Sends prepared bodies over a real node:http connection (a minimal stand-in for an adapter)
// to prove that the headers prepare chooses and the body it keeps arrive intact.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparedBody } from '../src/body.js';
import { PreparedRequest } from '../src/prepared-request.js';
import type { DataInit } from '../src/request-init.js';
import { rewindBody } from '../src/rewind-body.js';

interface Echo {
  length: string | null;
  chunked: boolean;
  body: string;
}

const dir = mkdtempSync(join(tmpdir(), 'reqs-send-'));
const file = join(dir, 'upload.bin');
const fileContent = 'x'.repeat(100_000);
writeFileSync(file, fileContent);

let server: Server;
let base = '';
const sockets = new Set<Socket>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const echo: Echo = {
        length: req.headers['content-length'] ?? null,
        chunked: req.headers['transfer-encoding'] === 'chunked',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify(echo));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

async function* chunksOf(body: PreparedBody): AsyncGenerator<Uint8Array> {
  if (body === null) return;
  if (typeof body === 'string') yield Buffer.from(body, 'utf8');
  else if (body instanceof Uint8Array) yield body;
  else if (body instanceof Blob) yield new Uint8Array(await body.arrayBuffer());
  else if (body instanceof ReadableStream) yield* body as unknown as AsyncIterable<Uint8Array>;
  else
    for await (const chunk of body as AsyncIterable<Uint8Array | string>)
      yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

/** Sends `p` as an adapter would: its method, pathUrl, headers and body. */
function send(p: PreparedRequest): Promise<Echo> {
  return new Promise((resolve, reject) => {
    const url = new URL(p.url);
    const req = request({
      host: url.hostname,
      port: url.port,
      method: p.method,
      path: p.pathUrl,
      headers: p.headers.toJSON(),
    });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Echo));
    });
    req.on('error', reject);
    Readable.from(chunksOf(p.body)).pipe(req);
  });
}

function post(data: DataInit | null, json?: unknown): PreparedRequest {
  return new PreparedRequest().prepare({ method: 'POST', url: `${base}/post`, data, json });
}

describe('prepared bodies on the wire', () => {
  it.each<[string, () => DataInit | null, Partial<Echo>]>([
    ['a form', () => ({ a: 'b c', n: [1, 2] }), { length: '13', chunked: false, body: 'a=b+c&n=1&n=2' }],
    ['a string', () => 'héllo', { length: '6', chunked: false, body: 'héllo' }],
    ['bytes', () => new TextEncoder().encode('bytes!'), { length: '6', chunked: false, body: 'bytes!' }],
    ['a Blob', () => new Blob(['blob', 'by']), { length: '6', chunked: false, body: 'blobby' }],
    ['a Readable', () => Readable.from(['st', 'ream']), { length: null, chunked: true, body: 'stream' }],
    [
      'a web ReadableStream',
      () =>
        new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(new TextEncoder().encode('web'));
            c.close();
          },
        }),
      { length: null, chunked: true, body: 'web' },
    ],
    ['nothing', () => null, { length: '0', chunked: false, body: '' }],
  ])('sends %s', async (_name, make, expected) => {
    expect(await send(post(make()))).toEqual(expected);
  });

  it('sends json', async () => {
    expect(await send(post(null, { ü: [1, true] }))).toEqual({
      length: '15',
      chunked: false,
      body: '{"ü":[1,true]}',
    });
  });

  it('sends a file stream with its Content-Length, and again after rewinding', async () => {
    const p = post(createReadStream(file));
    expect(await send(p)).toEqual({ length: '100000', chunked: false, body: fileContent });
    rewindBody(p);
    expect(await send(p)).toEqual({ length: '100000', chunked: false, body: fileContent });
  });
});
