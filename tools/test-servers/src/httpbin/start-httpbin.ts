/** An embedded httpbin owned by the test that starts it. */
import { type HttpbinServer, type StartOptions, startServer } from '@reqs/httpbin';
import { onTestFinished } from 'vitest';

/**
 * Starts an httpbin on 127.0.0.1, port 0, closed when the calling test finishes (after what
 * the test registered before it, such as a session: `onTestFinished` runs last-in first-out).
 *
 * @example
 * const server = await startHttpbin();
 * const r = await session.get(`${server.url}/get`);
 */
export async function startHttpbin(options: StartOptions = {}): Promise<HttpbinServer> {
  const server = await startServer(options);
  onTestFinished(() => server.close());
  return server;
}
