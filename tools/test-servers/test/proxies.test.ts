import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startDante } from '../src/dante.js';
import { startRawServer } from '../src/raw-server.js';
import { startTinyproxy } from '../src/tinyproxy.js';

function viaProxy(proxyPort: number, url: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: proxyPort, path: url, headers, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

const origin = () =>
  startRawServer((socket) => {
    socket.once('data', () =>
      socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok'),
    );
  });

describe('real proxies', () => {
  it('tinyproxy forwards and asks for credentials when configured', async () => {
    await using target = await origin();
    {
      await using proxy = await startTinyproxy();
      expect(await viaProxy(proxy.port, `${target.url}/`)).toBe(200);
    }
    await using proxy = await startTinyproxy({ auth: { username: 'user', password: 'pass' } });
    expect(proxy.authUrl).toBe(`http://user:pass@127.0.0.1:${proxy.port}`);
    expect(await viaProxy(proxy.port, `${target.url}/`)).toBe(407);
    const authorization = `Basic ${Buffer.from('user:pass').toString('base64')}`;
    expect(await viaProxy(proxy.port, `${target.url}/`, { 'proxy-authorization': authorization })).toBe(200);
  });

  it('danted speaks SOCKS5', async () => {
    await using target = await origin();
    await using socks = await startDante();
    const socket = connect({ host: '127.0.0.1', port: socks.port });
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    await new Promise((resolve) => socket.on('connect', resolve));
    socket.write(Buffer.from([5, 1, 0]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(Buffer.concat(received)).toEqual(Buffer.from([5, 0]));
    received.length = 0;
    const port = Buffer.alloc(2);
    port.writeUInt16BE(target.port);
    socket.write(Buffer.concat([Buffer.from([5, 1, 0, 1, 127, 0, 0, 1]), port]));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(Buffer.concat(received)[1]).toBe(0);
    socket.destroy();
  });
});
