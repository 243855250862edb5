// A real Session on a FetchAdapter, and an httpbin owned by the test.
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';
import { onTestFinished } from 'vitest';
import { FetchAdapter } from '../src/fetch-adapter.js';

/** An httpbin on 127.0.0.1, port 0, closed after the test. */
export async function useHttpbin(): Promise<HttpbinServer> {
  const server = await startServer();
  onTestFinished(() => server.close());
  return server;
}

/** A session sending http(s) through `adapter`, closed after the test. */
export function useSession(adapter = new FetchAdapter()): Session {
  const s = new Session({ multipartEncoder: new MultipartEncoder() });
  // The machine's HTTP(S)_PROXY would select a proxy, which FetchAdapter refuses.
  s.trustEnv = false;
  s.mount('http://', adapter);
  s.mount('https://', adapter);
  onTestFinished(() => s.close());
  return s;
}
