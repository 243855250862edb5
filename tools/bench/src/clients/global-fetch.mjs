// Node's global fetch (the undici bundled into Node) with its default global dispatcher.
import { fetchDriver } from './fetch-driver.mjs';

/** @type {import('./driver.mjs').ClientSpec} */
export const globalFetch = {
  name: 'fetch',
  label: 'Node global fetch',
  library: null,
  async create(origin) {
    return fetchDriver(origin, { fetch: globalThis.fetch, FormData, init: {}, close: async () => {} });
  },
};
