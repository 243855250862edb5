// A real Session on a FetchAdapter, closed by the test.
import { MultipartEncoder } from '@reqs/multipart';
import { Session } from '@reqs/session';
import { onTestFinished } from 'vitest';
import { FetchAdapter } from '../src/fetch-adapter.js';

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
