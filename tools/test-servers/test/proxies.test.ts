import { once } from 'node:events';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
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

/** Resolves with the next `length` bytes the socket receives (waits on data, never sleeps). */
function readBytes(socket: Socket, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let received = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < length) return;
      socket.off('data', onData);
      socket.off('close', onClose);
      if (received.length > length) socket.unshift(received.subarray(length));
      resolve(received.subarray(0, length));
    };
    const onClose = () => reject(new Error(`socket closed after ${received.length} of ${length} bytes`));
    socket.on('data', onData);
    socket.once('close', onClose);
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
    try {
      await once(socket, 'connect');
      // Greeting: version 5, one method, "no authentication" → the server picks it.
      const choice = readBytes(socket, 2);
      socket.write(Buffer.from([5, 1, 0]));
      expect(await choice).toEqual(Buffer.from([5, 0]));
      // CONNECT to 127.0.0.1:<target> → reply: version 5, 0 = succeeded, an IPv4 bound address.
      const port = Buffer.alloc(2);
      port.writeUInt16BE(target.port);
      const reply = readBytes(socket, 10);
      socket.write(Buffer.concat([Buffer.from([5, 1, 0, 1, 127, 0, 0, 1]), port]));
      expect([...(await reply).subarray(0, 4)]).toEqual([5, 0, 0, 1]);
      // The tunnel carries HTTP to the origin.
      const answer = readBytes(socket, 12);
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      expect((await answer).toString()).toBe('HTTP/1.1 200');
    } finally {
      socket.destroy();
    }
  });
});
