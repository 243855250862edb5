// Servers owned by the test that asks for them: closed when it finishes.
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { onTestFinished } from 'vitest';

/** An httpbin on 127.0.0.1, port 0, closed after the test. */
export async function useHttpbin(): Promise<HttpbinServer> {
  const server = await startServer();
  onTestFinished(() => server.close());
  return server;
}
