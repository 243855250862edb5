// Shared test helpers: a Session with HTTPAdapter mounted, closed by the test (httpbin: @reqs/test-servers/httpbin).
import { HTTPAdapter } from '@reqs/adapters';
import type { HttpbinServer } from '@reqs/httpbin';
import { onTestFinished } from 'vitest';
import { Session } from '../src/index.js';
import type { SessionInit } from '../src/request-options.js';

/** A Session with HTTPAdapter on http:// and https://, closed when the test ends. */
export function httpSession(init: SessionInit = {}): Session {
  const session = new Session(init);
  const adapter = new HTTPAdapter();
  session.mount('http://', adapter);
  session.mount('https://', adapter);
  onTestFinished(() => session.close());
  return session;
}

/** httpbin's `/redirect-to` on `base`: a `status` redirect to `target`. */
export function redirectTo(base: string, target: string, status = 302): string {
  return `${base}/redirect-to?url=${encodeURIComponent(target)}&status_code=${status}`;
}

/** The same server reached through another host name (`localhost` instead of `127.0.0.1`). */
export function viaLocalhost(server: HttpbinServer): string {
  return server.url.replace('127.0.0.1', 'localhost');
}

/** Sets environment variables for the test, restoring them when it ends. */
export function setEnv(values: Record<string, string | undefined>): void {
  const saved = new Map<string, string | undefined>();
  for (const [name, value] of Object.entries(values)) {
    saved.set(name, process.env[name]);
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  onTestFinished(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });
}
