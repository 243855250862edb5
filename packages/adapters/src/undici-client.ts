// undici's Client, required from its own module rather than the package index: the index also
// loads fetch, WebSocket, the cache, mocks and every other dispatcher (~30 ms of a cold start
// and the bundled cookie code), and reqs dispatches through Client alone.
import { createRequire } from 'node:module';
import type { Client as UndiciClient } from 'undici';

/** Where Client lives inside undici 7 (not a public entry point, hence the guarded fallback). */
export const CLIENT_MODULE = 'undici/lib/dispatcher/client.js';

/**
 * undici's Client class: from its own module when that is still where it lives, else from the
 * package index (a later undici may move it). Both are the same class once the index is loaded,
 * since the index requires that very module.
 */
export function loadUndiciClient(require: (id: string) => unknown): typeof UndiciClient {
  try {
    const client = require(CLIENT_MODULE);
    if (typeof client === 'function' && client.name === 'Client') return client as typeof UndiciClient;
  } catch {
    // moved or renamed: the index has it
  }
  return (require('undici') as { Client: typeof UndiciClient }).Client;
}

export const Client = loadUndiciClient(createRequire(import.meta.url));
/** The Client instance type, as `import type { Client } from 'undici'` gives it. */
export type Client = UndiciClient;
