import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { Response } from '../src/response.js';

/** A server on 127.0.0.1:0 whose handler the test drives; closed (sockets first) when the test ends. */
async function startServer(handler: http.RequestListener): Promise<string> {
  const server = http.createServer(handler);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  onTestFinished(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** A minimal adapter: sends GET with node:http and hands the live response stream to setBody. */
async function fetchStreamed(url: string): Promise<Response> {
  const request = http.get(url, { agent: false });
  const [incoming] = (await once(request, 'response')) as [http.IncomingMessage];
  const response = new Response();
  response.statusCode = incoming.statusCode ?? 0;
  response.reason = incoming.statusMessage ?? '';
  response.url = url;
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
    response.headers.append(incoming.rawHeaders[i] as string, incoming.rawHeaders[i + 1] as string);
  }
  response.setBody(incoming);
  return response;
}

describe('Response over a real node:http stream', () => {
  it('streams chunks as the server sends them, before the body is complete', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const url = await startServer(async (_req, res) => {
      res.writeHead(200, 'OK', { 'Content-Type': 'text/plain; charset=utf-8' });
      res.write('first\n');
      await released;
      res.end('second\n');
    });
    const r = await fetchStreamed(url);
    expect(r.encoding).toBe('utf-8');
    const lines: string[] = [];
    for await (const line of r.iterLines({ decodeUnicode: true, chunkSize: null })) {
      lines.push(line);
      // The server holds the rest until the first line has reached us: proof of streaming.
      if (line === 'first') release();
    }
    expect(lines).toEqual(['first', 'second']);
    await expect(r.read()).rejects.toThrow('already consumed');
  }, 10_000);

  it('read() collects the whole body; content, text and json() then work', async () => {
    const url = await startServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"items": [');
      setTimeout(() => res.end('1, 2, 3]}'), 20);
    });
    const r = await fetchStreamed(url);
    expect(() => r.content).toThrow(/call await response\.read\(\) first/);
    await r.read();
    expect(r.json()).toEqual({ items: [1, 2, 3] });
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.toString()).toBe('<Response [200]>');
  }, 10_000);

  it('close() on an unread stream releases the connection (the server sees it close)', async () => {
    let serverSide: http.ServerResponse | null = null;
    const url = await startServer((_req, res) => {
      serverSide = res;
      res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
      res.write(Buffer.alloc(1024));
      // …and never ends: only the client closing can free this connection.
    });
    const r = await fetchStreamed(url);
    const chunks = r.iterContent()[Symbol.asyncIterator]();
    expect((await chunks.next()).value?.byteLength).toBeGreaterThan(0);
    const closed = once(serverSide as unknown as http.ServerResponse, 'close');
    await r.close();
    await closed;
    expect((serverSide as unknown as http.ServerResponse).writableFinished).toBe(false);
    await r.close();
    // The iteration ends with the stream the user closed.
    expect((await chunks.next()).done).toBe(true);
    expect(() => r.content).toThrow('The response was closed before its body was read.');
  }, 10_000);

  it('close() before any read also releases it', async () => {
    let serverSide: http.ServerResponse | null = null;
    const url = await startServer((_req, res) => {
      serverSide = res;
      res.writeHead(200);
      res.write('partial');
    });
    const r = await fetchStreamed(url);
    const closed = once(serverSide as unknown as http.ServerResponse, 'close');
    await r.close();
    await closed;
    expect(() => r.content).toThrow('The response was closed before its body was read.');
  }, 10_000);
});
