// A TLS front for a plain TCP service (e.g. tinyproxy → an `https://` proxy): decrypts and pipes.
import { connect } from 'node:net';
import { createServer } from 'node:tls';
import {
  type ConnectionStats,
  listenOnLoopback,
  trackConnections,
  withTracking,
} from './track-connections.js';

/** A running TLS front on 127.0.0.1. */
export interface TlsFront extends ConnectionStats, AsyncDisposable {
  readonly port: number;
  /** Destroys open connections and stops listening. */
  close(): Promise<void>;
}

/**
 * Accepts TLS on 127.0.0.1 (port 0) with `cert`/`key` and pipes each connection, decrypted,
 * to `127.0.0.1:targetPort`.
 *
 * @example
 * await using proxy = await startTinyproxy();
 * await using front = await startTlsFront({ cert: tls.server.cert, key: tls.server.key, targetPort: proxy.port });
 * // proxies: { https: `https://localhost:${front.port}` }
 */
export async function startTlsFront(options: {
  cert: string;
  key: string;
  targetPort: number;
}): Promise<TlsFront> {
  const server = createServer({ cert: options.cert, key: options.key }, (socket) => {
    const upstream = connect({ host: '127.0.0.1', port: options.targetPort });
    socket.on('error', () => upstream.destroy());
    upstream.on('error', () => socket.destroy());
    socket.pipe(upstream).pipe(socket);
  });
  server.on('tlsClientError', () => {});
  const tracked = trackConnections(server);
  const port = await listenOnLoopback(server);
  return withTracking(
    {
      port,
    },
    tracked,
  );
}
