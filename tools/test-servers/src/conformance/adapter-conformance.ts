// A conformance suite for transport adapters: any `Adapter` (HTTPAdapter, a third party's) runs it.
import type { Socket } from 'node:net';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import {
  type Adapter,
  ConnectionError,
  PreparedRequest,
  ReadTimeout,
  RequestException,
  type Response,
  type SendOptions,
} from '@reqs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawServer, startRawServer } from '../raw-server.js';

/** Answers every request on a connection (keep-alive) with what `respond` returns for its head and body. */
function serve(respond: (head: string, body: Buffer) => Buffer | string | null) {
  return startRawServer((socket: Socket) => {
    let buffered = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = buffered.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
        const chunked = /\r\ntransfer-encoding:\s*chunked/i.test(head);
        const bodyEnd = chunked ? buffered.indexOf('\r\n0\r\n\r\n', end) + 7 : end + 4 + length;
        if (chunked && bodyEnd === 6) return;
        if (buffered.length < bodyEnd) return;
        const raw = buffered.subarray(end + 4, bodyEnd);
        const answer = respond(head, chunked ? dechunk(raw) : raw);
        buffered = buffered.subarray(bodyEnd);
        if (answer === null) continue;
        // An answer that says `Connection: close` ends the connection after it.
        if (/\r\nconnection: close\r\n/i.test(answer.toString('latin1'))) socket.end(answer);
        else socket.write(answer);
      }
    });
  });
}

/** The payload of a chunked body (well-formed chunks only; this is a test server). */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

function answer(status: string, headers: string[], body: Buffer | string = ''): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const lines = [`HTTP/1.1 ${status}`, ...headers, `Content-Length: ${bytes.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(lines, 'latin1'), bytes]);
}

function route(head: string, body: Buffer): Buffer | string | null {
  const [method = '', target = ''] = head.split(' ');
  const path = target.replace(/^https?:\/\/[^/]+/, '');
  if (path.startsWith('/hang')) return null;
  if (path.startsWith('/echo'))
    return answer('200 OK', ['Content-Type: application/octet-stream', `X-Method: ${method}`], body);
  if (path.startsWith('/gzip')) return answer('200 OK', ['Content-Encoding: gzip'], gzipSync('decoded'));
  if (path.startsWith('/truncated'))
    return 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nshort';
  if (path.startsWith('/big')) return answer('200 OK', [], Buffer.alloc(1_048_576, 97));
  return answer('200 Fine', ['Set-Cookie: a=1', 'Set-Cookie: b=2', 'X-Case: kept'], 'hello');
}

function prepared(method: string, url: string, data?: unknown): PreparedRequest {
  return new PreparedRequest().prepare({
    method,
    url,
    ...(data === undefined ? {} : { data: data as never }),
  });
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

/**
 * Registers a vitest suite checking that an adapter behaves as reqs' sessions expect:
 * responses with status, reason, headers (repeated values apart), url, request and body;
 * request bodies; HEAD; streaming and early close; decoding; timeouts; abort; errors.
 *
 * @param name shown in the suite title.
 * @param makeAdapter makes a fresh adapter (closed by the suite).
 * @example
 * describeAdapterConformance('HTTPAdapter', () => new HTTPAdapter());
 */
export function describeAdapterConformance(name: string, makeAdapter: () => Adapter): void {
  describe(`adapter conformance: ${name}`, () => {
    let server: RawServer;
    let adapter: Adapter;
    const options = (extra: Partial<SendOptions> = {}): SendOptions => ({
      stream: true,
      verify: true,
      proxies: {},
      ...extra,
    });
    const send = async (request: PreparedRequest, extra?: Partial<SendOptions>): Promise<Response> => {
      const response = await adapter.send(request, options(extra));
      await response.read();
      return response;
    };
    beforeAll(async () => {
      server = await serve(route);
      adapter = makeAdapter();
    });
    afterAll(async () => {
      await adapter.close();
      await server.close();
    });

    it('builds the response: status, reason, headers, url, request, body', async () => {
      const request = prepared('GET', `${server.url}/plain?x=1`);
      const response = await send(request);
      expect(response.statusCode).toBe(200);
      expect(response.reason).toBe('Fine');
      expect(response.url).toBe(request.url);
      expect(response.request).toBe(request);
      expect(response.headers.get('x-case')).toBe('kept');
      expect(response.headers.getAll('set-cookie')).toEqual(['a=1', 'b=2']);
      expect(new TextDecoder().decode(response.content)).toBe('hello');
    });

    it('sends request bodies: string, bytes, stream', async () => {
      for (const data of [
        'text body',
        new TextEncoder().encode('byte body'),
        Readable.from([Buffer.from('stream body')]),
      ]) {
        const response = await send(prepared('POST', `${server.url}/echo`, data));
        expect(response.headers.get('x-method')).toBe('POST');
        expect(new TextDecoder().decode(response.content)).toMatch(/^(text|byte|stream) body$/);
      }
    });

    it('answers HEAD with an empty body', async () => {
      const response = await send(prepared('HEAD', `${server.url}/plain`));
      expect(response.statusCode).toBe(200);
      expect(response.content.byteLength).toBe(0);
    });

    it('decodes gzip', async () => {
      const response = await send(prepared('GET', `${server.url}/gzip`));
      expect(new TextDecoder().decode(response.content)).toBe('decoded');
    });

    it('streams: an unread response can be closed, and the adapter goes on', async () => {
      const response = await adapter.send(prepared('GET', `${server.url}/big`), options());
      await response.close();
      expect((await send(prepared('GET', `${server.url}/plain`))).statusCode).toBe(200);
    });

    it('reports a truncated body as an error, never a short body', async () => {
      expect(await failure(send(prepared('GET', `${server.url}/truncated`)))).toBeInstanceOf(
        RequestException,
      );
    });

    it('times out reading with ReadTimeout', async () => {
      expect(await failure(send(prepared('GET', `${server.url}/hang`), { timeout: 200 }))).toBeInstanceOf(
        ReadTimeout,
      );
    });

    it('rejects with the abort signal reason', async () => {
      const reason = new Error('aborted by test');
      const controller = new AbortController();
      const pending = send(prepared('GET', `${server.url}/hang`), { signal: controller.signal });
      setTimeout(() => controller.abort(reason), 20);
      expect(await failure(pending)).toBe(reason);
    });

    it('fails to connect with ConnectionError carrying the request', async () => {
      const closed = await startRawServer(() => {});
      const url = `${closed.url}/`;
      await closed.close();
      const error = await failure(send(prepared('GET', url)));
      expect(error).toBeInstanceOf(ConnectionError);
      expect((error as ConnectionError).request?.url).toBe(url);
    });
  });
}
