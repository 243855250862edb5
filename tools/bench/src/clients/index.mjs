// Every benchmarked client, in table order (the baseline, raw undici.request, first).
import { axiosClient } from './axios.mjs';
import { globalFetch } from './global-fetch.mjs';
import { gotClient } from './got.mjs';
import { nodeFetchClient } from './node-fetch.mjs';
import { reqsAdapter } from './reqs-adapter.mjs';
import { reqsCacheMemory, reqsCacheSqlite } from './reqs-cache.mjs';
import { reqsMock } from './reqs-mock.mjs';
import { reqsModule } from './reqs-module.mjs';
import { reqsSession } from './reqs-session.mjs';
import { undiciFetch } from './undici-fetch.mjs';
import { undiciRequest } from './undici-request.mjs';

/** @type {readonly import('./driver.mjs').ClientSpec[]} */
export const clients = [
  undiciRequest,
  reqsSession,
  reqsAdapter,
  reqsModule,
  undiciFetch,
  globalFetch,
  axiosClient,
  gotClient,
  nodeFetchClient,
];

/** Clients that only some scenarios use (never in the all-clients tables). */
const scenarioOnlyClients = [reqsMock, reqsCacheMemory, reqsCacheSqlite];

/** The client every ratio is taken against. */
export const BASELINE = undiciRequest.name;

/**
 * A client's label for tables, or `name` itself when it is no client.
 * @param {string} name
 */
export function clientLabel(name) {
  return [...clients, ...scenarioOnlyClients].find((c) => c.name === name)?.label ?? name;
}

/**
 * A client by name.
 * @param {string} name
 */
export function clientByName(name) {
  const client = [...clients, ...scenarioOnlyClients].find((c) => c.name === name);
  if (client === undefined) throw new Error(`unknown client ${name}; known: ${clients.map((c) => c.name)}`);
  return client;
}
