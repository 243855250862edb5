/** One embedded httpbin per test file: started before its tests, closed after them. */
import { type HttpbinServer, type StartOptions, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll } from 'vitest';

/** The httpbin of a test file; read its fields inside tests (the server starts in `beforeAll`). */
export interface HttpbinFixture {
  /** `http(s)://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  readonly server: HttpbinServer;
}

/**
 * Starts an httpbin (127.0.0.1, port 0) before the enclosing file's or suite's tests and
 * closes it (connections first) after them. Call it at the top level of a test file.
 *
 * @example
 * const httpbin = useHttpbin({ tls: true });
 * it('gets', async () => { await reqs.get(`${httpbin.url}/get`); });
 */
export function useHttpbin(options: StartOptions = {}): HttpbinFixture {
  let server: HttpbinServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  const started = (): HttpbinServer => {
    if (!server) throw new Error('httpbin is not started yet: read it inside a test');
    return server;
  };
  return {
    get url() {
      return started().url;
    },
    get server() {
      return started();
    },
  };
}
