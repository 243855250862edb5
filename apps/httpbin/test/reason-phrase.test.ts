// Status lines as real httpbin (werkzeug) sends them: `HTTP/1.1 404 NOT FOUND`.

import { STATUS_CODES } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { reasonPhrase } from '../src/werkzeug-response.js';
import { raw, useServer } from './helpers.js';

/** The status line of a bare HTTP/1.1 request, read off the socket. */
function statusLine(port: number, target: string, method = 'GET'): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setTimeout(5000, () => socket.destroy(new Error('no status line within 5 s')));
    socket.on('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const end = received.indexOf('\r\n');
      if (end === -1) return;
      socket.destroy();
      resolve(received.slice(0, end));
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

describe('reasonPhrase', () => {
  it.each([
    [200, 'OK'],
    [201, 'CREATED'],
    [302, 'FOUND'],
    [404, 'NOT FOUND'],
    [405, 'METHOD NOT ALLOWED'],
    [418, "I'M A TEAPOT"],
    [500, 'INTERNAL SERVER ERROR'],
    [599, 'UNKNOWN'],
    [299, 'UNKNOWN'],
  ])('%i → %s', (code, phrase) => {
    expect(reasonPhrase(code)).toBe(phrase);
  });

  it('is Node’s phrase upper-cased for every code Node knows', () => {
    for (const [code, phrase] of Object.entries(STATUS_CODES))
      expect(reasonPhrase(Number(code))).toBe(phrase?.toUpperCase());
  });
});

describe('status lines', () => {
  const server = useServer();

  it.each([
    ['/status/404', 'HTTP/1.1 404 NOT FOUND'],
    ['/status/500', 'HTTP/1.1 500 INTERNAL SERVER ERROR'],
    ['/status/418', "HTTP/1.1 418 I'M A TEAPOT"],
    ['/status/599', 'HTTP/1.1 599 UNKNOWN'],
    ['/get', 'HTTP/1.1 200 OK'],
    ['/no/such/route', 'HTTP/1.1 404 NOT FOUND'],
    ['/redirect/1', 'HTTP/1.1 302 FOUND'],
    ['/stream/1', 'HTTP/1.1 200 OK'],
    ['/range/10', 'HTTP/1.1 200 OK'],
    ['/drip?numbytes=1&duration=0&code=503', 'HTTP/1.1 503 SERVICE UNAVAILABLE'],
  ])('GET %s → %s', async (target, line) => {
    expect(await statusLine(server().port, target)).toBe(line);
  });

  it('upper-cases the reason of a 405 and of an error page', async () => {
    expect(await statusLine(server().port, '/get', 'DELETE')).toBe('HTTP/1.1 405 METHOD NOT ALLOWED');
    const r = await raw(`${server().url}/status/400`);
    expect([r.status, r.reason]).toEqual([400, 'BAD REQUEST']);
  });
});

describe('status lines over TLS', () => {
  const server = useServer({ tls: true });

  it('are upper-cased too', async () => {
    const r = await raw(`${server().url}/status/404`, { ca: server().ca as string });
    expect([r.status, r.reason]).toEqual([404, 'NOT FOUND']);
  });
});
