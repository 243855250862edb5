/** Counts a server's TCP connections and keeps the open ones, so closing need not wait for idle clients. */
import type { Server, Socket } from 'node:net';

/** Watches `connection` events of one server. */
export class ConnectionTracker {
  /** TCP connections accepted so far. */
  connections = 0;
  readonly #open = new Set<Socket>();

  constructor(server: Server) {
    server.on('connection', (socket: Socket) => {
      this.connections++;
      this.#open.add(socket);
      socket.once('close', () => this.#open.delete(socket));
    });
  }

  /** Destroys every open connection (keep-alive or mid-response). */
  destroyAll(): void {
    for (const socket of this.#open) socket.destroy();
  }
}
