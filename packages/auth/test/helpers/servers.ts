// Servers and adapters owned by the test that asks for them: closed when it finishes.
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { onTestFinished } from 'vitest';
import { NodeHttpAdapter } from './node-http-adapter.js';

/** An httpbin on 127.0.0.1, port 0, closed after the test. */
export async function useHttpbin(): Promise<HttpbinServer> {
  const server = await startServer();
  onTestFinished(() => server.close());
  return server;
}

/** A test adapter whose connections are closed after the test (before the servers close). */
export function useAdapter(): NodeHttpAdapter {
  const adapter = new NodeHttpAdapter();
  onTestFinished(() => adapter.close());
  return adapter;
}
