// Connection bookkeeping shared by every test server: count, track, and close sockets first.
import type { Server, Socket } from 'node:net';

/** What a tracked server exposes about its connections. */
export interface ConnectionStats {
  /** TCP connections accepted so far. */
  readonly connections: number;
  /** TCP connections open right now. */
  readonly openConnections: number;
}

/**
 * Counts and tracks the server's TCP sockets (TLS servers emit `connection` for those too);
 * `closeServer` destroys them, then closes the server.
 */
export function trackConnections(server: Server): ConnectionStats & { closeServer(): Promise<void> } {
  const sockets = new Set<Socket>();
  let connections = 0;
  server.on('connection', (socket: Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    get connections() {
      return connections;
    },
    get openConnections() {
      return sockets.size;
    },
    closeServer() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Listens on 127.0.0.1, port 0, and resolves with the port. */
export function listenOnLoopback(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      if (address === null || typeof address === 'string') {
        reject(new Error('server has no TCP address'));
        return;
      }
      resolve(address.port);
    });
  });
}

/** A started test server's handle: its connection counts and how to close it. */
export interface TrackedHandle extends ConnectionStats, AsyncDisposable {
  close(): Promise<void>;
}

/**
 * Adds the tracked server's live connection counts (getters), `close` and
 * `Symbol.asyncDispose` to a server's own handle fields (port, url, …).
 */
export function withTracking<T extends object>(
  fields: T,
  tracked: ConnectionStats & { closeServer(): Promise<void> },
): T & TrackedHandle {
  return Object.defineProperties(fields, {
    connections: { get: () => tracked.connections, enumerable: true },
    openConnections: { get: () => tracked.openConnections, enumerable: true },
    close: { value: tracked.closeServer, enumerable: true },
    [Symbol.asyncDispose]: { value: tracked.closeServer },
  }) as T & TrackedHandle;
}
