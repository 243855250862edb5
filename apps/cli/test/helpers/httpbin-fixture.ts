// One embedded httpbin per test file: started before, closed after (connections first).
import { type HttpbinServer, type StartOptions, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll } from 'vitest';

/** Starts an httpbin for the enclosing file; read `.url` (etc.) inside tests. */
export function useHttpbin(options: StartOptions = {}): {
  readonly url: string;
  readonly server: HttpbinServer;
} {
  let server: HttpbinServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('httpbin is not started yet');
      return server.url;
    },
    get server() {
      if (!server) throw new Error('httpbin is not started yet');
      return server;
    },
  };
}
