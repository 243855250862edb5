// Server-side view of a client's sockets: how many connections a server still holds open.
import type { Server } from 'node:net';

/** The number of open connections of `server`. */
export function openConnections(server: Server): Promise<number> {
  return new Promise((resolve, reject) =>
    server.getConnections((error, n) => (error ? reject(error) : resolve(n))),
  );
}

/** Waits (≤ `ms`) until `server` holds no open connection; resolves with the last count seen. */
export async function settledConnections(server: Server, ms = 2000): Promise<number> {
  const deadline = Date.now() + ms;
  let n = await openConnections(server);
  while (n > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    n = await openConnections(server);
  }
  return n;
}
