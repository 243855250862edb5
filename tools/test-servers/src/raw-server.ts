// A plain TCP server whose handler writes exact bytes: for misbehaving HTTP responses.
import { createServer, type Socket } from 'node:net';
import {
  type ConnectionStats,
  listenOnLoopback,
  trackConnections,
  withTracking,
} from './track-connections.js';

/** A running raw server on 127.0.0.1. */
export interface RawServer extends ConnectionStats, AsyncDisposable {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Destroys every open socket, then stops listening. */
  close(): Promise<void>;
}

/**
 * Starts a TCP server on 127.0.0.1 (port 0) that hands each accepted socket to `handler`.
 * Connections are counted and closed before the server is.
 *
 * @example
 * await using server = await startRawServer((socket) => {
 *   socket.once('data', () => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort'));
 * });
 */
export async function startRawServer(handler: (socket: Socket) => void): Promise<RawServer> {
  const server = createServer((socket) => {
    // A client that resets must not crash the test process.
    socket.on('error', () => {});
    handler(socket);
  });
  const tracked = trackConnections(server);
  const port = await listenOnLoopback(server);
  return withTracking(
    {
      host: '127.0.0.1',
      port,
      url: `http://127.0.0.1:${port}`,
    },
    tracked,
  );
}

/**
 * Resolves with the request head (everything up to the blank line) the client sent on `socket`,
 * and the bytes that followed it.
 */
export function readRequestHead(socket: Socket): Promise<{ head: string; rest: Buffer }> {
  return new Promise((resolve, reject) => {
    let buffered = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      socket.off('data', onData);
      socket.off('error', reject);
      resolve({ head: buffered.subarray(0, end).toString('latin1'), rest: buffered.subarray(end + 4) });
    };
    socket.on('data', onData);
    socket.once('error', reject);
  });
}
