// The module-level verbs: a fresh Session per call, closed once the body is read, so no
// socket outlives the call (server-side connection counts prove it).

import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';
import requests, { ReadTimeout, type Response } from '../src/index.js';
import { openConnections, settledConnections } from './helpers/open-connections.js';

const httpbin = useHttpbin();

describe('module-level verbs', () => {
  it('each verb sends its method and releases its connection', async () => {
    const calls: Array<[string, () => Promise<Response>]> = [
      ['GET', () => requests.get(`${httpbin.url}/anything`)],
      ['OPTIONS', () => requests.options(`${httpbin.url}/anything`)],
      ['POST', () => requests.post(`${httpbin.url}/anything`, { data: 'x' })],
      ['PUT', () => requests.put(`${httpbin.url}/anything`, { data: 'x' })],
      ['PATCH', () => requests.patch(`${httpbin.url}/anything`, { data: 'x' })],
      ['DELETE', () => requests.delete(`${httpbin.url}/anything`)],
      ['MKCOL', () => requests.request('MKCOL', `${httpbin.url}/anything`)],
    ];
    for (const [method, call] of calls) {
      const r = await call();
      expect(r.request.method, method).toBe(method);
      // httpbin echoes the method it saw; it answers OPTIONS itself and refuses MKCOL with 405.
      if (method === 'MKCOL') expect(r.statusCode).toBe(405);
      else if (method !== 'OPTIONS') expect(r.json<{ method: string }>().method, method).toBe(method);
      expect(await settledConnections(httpbin.server.server), method).toBe(0);
    }
    const head = await requests.head(`${httpbin.url}/get`);
    expect(head.statusCode).toBe(200);
    expect(head.content.byteLength).toBe(0);
  });

  it('head does not follow redirects unless asked', async () => {
    const r = await requests.head(`${httpbin.url}/redirect/1`);
    expect(r.statusCode).toBe(302);
    const followed = await requests.head(`${httpbin.url}/redirect/1`, { allowRedirects: true });
    expect(followed.statusCode).toBe(200);
    expect(followed.history).toHaveLength(1);
  });

  it('stream: true keeps the connection until the body is consumed, then releases it', async () => {
    const r = await requests.get(`${httpbin.url}/drip?numbytes=5&duration=0.3&delay=0`, { stream: true });
    expect(await openConnections(httpbin.server.server)).toBe(1);
    const chunks: Uint8Array[] = [];
    for await (const chunk of r.iterContent()) chunks.push(chunk);
    expect(Buffer.concat(chunks).toString()).toBe('*****');
    expect(await settledConnections(httpbin.server.server)).toBe(0);
  });

  it('stream: true releases the connection when the response is closed unread', async () => {
    const r = await requests.get(`${httpbin.url}/stream/50`, { stream: true });
    await r.close();
    expect(await settledConnections(httpbin.server.server)).toBe(0);
  });

  it('stream: true then read() gives content, text and json', async () => {
    const r = await requests.get(`${httpbin.url}/get?x=1`, { stream: true });
    await r.read();
    expect(r.json<{ args: unknown }>().args).toEqual({ x: '1' });
    expect(await settledConnections(httpbin.server.server)).toBe(0);
  });

  it('a failed call closes its session too', async () => {
    await expect(requests.get(`${httpbin.url}/delay/2`, { timeout: 200 })).rejects.toThrow(ReadTimeout);
    expect(await settledConnections(httpbin.server.server)).toBe(0);
  });
});
