// The aftermath every scenario checks: no socket left open, and the session still works.

import type { ConnectionStats } from '@reqs/test-servers';
import type { Session } from 'reqs';
import { waitForOpenSockets } from './wait-for-sockets.js';

/** How {@link checkRecovery} judges the aftermath. */
export interface RecoveryOptions {
  /** Sockets the client may keep open (idle in its pool) after the scenario (default 0). */
  keptAlive?: number;
  /** The well-behaved URL to request next (default `<server.url>/ok`). */
  goodUrl?: string;
  /** TLS verification for the next request (default the session's). */
  verify?: boolean | string;
  /** Other servers the scenario talked to: none may keep a socket open after the session closes. */
  others?: readonly ConnectionStats[];
}

/**
 * After a scenario on `server`: (1) waits until the client has closed every socket it should
 * have (`keptAlive` may stay pooled), (2) makes one more good request on the same session
 * and expects `200`, (3) closes the session and waits until no socket is left open (on
 * `server` and on `others`).
 *
 * @throws Error saying which step failed.
 */
export async function checkRecovery(
  session: Session,
  server: ConnectionStats & { readonly url: string },
  options: RecoveryOptions = {},
): Promise<void> {
  await waitForOpenSockets(server, options.keptAlive ?? 0);
  const url = options.goodUrl ?? `${server.url}/ok`;
  const response = await session.get(url, {
    timeout: 2_000,
    ...(options.verify === undefined ? {} : { verify: options.verify }),
  });
  if (response.statusCode !== 200) {
    throw new Error(`the session did not recover: GET ${url} answered ${response.statusCode}`);
  }
  await session.close();
  await waitForOpenSockets(server, 0);
  for (const other of options.others ?? []) await waitForOpenSockets(other, 0);
}
