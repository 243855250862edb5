// Waits (bounded) for a server's open sockets to drop to a count: proof the client closed its side.
import type { ConnectionStats } from '@reqs/test-servers';

const POLL_MS = 5;

/**
 * Resolves once `server.openConnections <= count`; rejects after `withinMs` naming how many
 * sockets the client left open.
 */
export async function waitForOpenSockets(
  server: ConnectionStats,
  count: number,
  withinMs = 1_000,
): Promise<void> {
  const until = performance.now() + withinMs;
  while (server.openConnections > count) {
    if (performance.now() > until) {
      throw new Error(
        `the client left ${server.openConnections} socket(s) open on the server (expected at most ${count} after ${withinMs} ms)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
