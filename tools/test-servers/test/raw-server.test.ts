import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readRequestHead, startRawServer } from '../src/raw-server.js';

function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let received = '';
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
    });
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    socket.write(bytes);
  });
}

describe('startRawServer', () => {
  it('writes exact bytes, counts connections and closes open sockets', async () => {
    const heads: string[] = [];
    const server = await startRawServer((socket) => {
      void readRequestHead(socket).then(({ head }) => {
        heads.push(head);
        socket.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi');
      });
    });
    expect(await exchange(server.port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')).toBe(
      'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi',
    );
    expect(heads).toEqual(['GET / HTTP/1.1\r\nHost: x']);
    const hanging = connect({ host: '127.0.0.1', port: server.port });
    const closed = new Promise((resolve) => hanging.on('close', resolve));
    hanging.on('error', () => {});
    await new Promise((resolve) => hanging.on('connect', resolve));
    // The client sees its connect (and the first exchange's end) before the server sees the
    // accept (and the first socket's close): wait for the server's side of both.
    const settled = () => server.connections === 2 && server.openConnections === 1;
    for (let tries = 0; !settled() && tries < 500; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(server.connections).toBe(2);
    expect(server.openConnections).toBe(1);
    await server.close();
    await closed;
  });
});
