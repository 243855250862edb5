// A minimal HTTP CONNECT proxy on 127.0.0.1 that records each CONNECT head, then tunnels bytes.
import { connect } from 'node:net';
import { type RawServer, readRequestHead, startRawServer } from '@reqs/test-servers';
import { parseRequestHead, type ReceivedRequest } from './received-request.js';

/** A running CONNECT proxy. */
export interface ConnectProxy extends RawServer {
  /** Every CONNECT request received (its head; the body is empty). */
  readonly connects: ReceivedRequest[];
}

/**
 * Starts a CONNECT-only proxy: answers `200 Connection established` and pipes both ways to
 * the requested `host:port`; anything but CONNECT gets `405`. Sockets on both sides close
 * together.
 *
 * @example
 * await using proxy = await startConnectProxy();
 * await s.get(httpsUrl, { proxies: { https: `http://user:pass@127.0.0.1:${proxy.port}` } });
 */
export async function startConnectProxy(): Promise<ConnectProxy> {
  const connects: ReceivedRequest[] = [];
  let accepted = 0;
  const server = await startRawServer((socket) => {
    accepted += 1;
    const connection = accepted;
    readRequestHead(socket).then(
      ({ head, rest }) => {
        const request = { ...parseRequestHead(head, connection), body: Buffer.alloc(0) };
        if (request.method !== 'CONNECT') {
          socket.end('HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n');
          return;
        }
        connects.push(request);
        const [host = '', port = '0'] = request.target.split(':');
        const upstream = connect({ host, port: Number(port) }, () => {
          socket.write('HTTP/1.1 200 Connection established\r\n\r\n');
          if (rest.length > 0) upstream.write(rest);
          socket.pipe(upstream).pipe(socket);
        });
        upstream.on('error', () => socket.destroy());
        upstream.on('close', () => socket.destroy());
        socket.on('close', () => upstream.destroy());
      },
      () => socket.destroy(),
    );
  });
  return {
    host: server.host,
    port: server.port,
    url: server.url,
    get connections() {
      return server.connections;
    },
    get openConnections() {
      return server.openConnections;
    },
    connects,
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
}
