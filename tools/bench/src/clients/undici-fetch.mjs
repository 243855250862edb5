// undici's own fetch (the npm package, same version reqs runs on) with a keep-alive Agent.
import { fetchDriver } from './fetch-driver.mjs';

/** @type {import('./driver.mjs').ClientSpec} */
export const undiciFetch = {
  name: 'undici-fetch',
  label: 'undici fetch',
  library: 'undici',
  async create(origin) {
    const undici = await import('undici');
    const dispatcher = new undici.Agent({ keepAliveTimeout: 60_000 });
    return fetchDriver(origin, {
      fetch: /** @type {import('./fetch-driver.mjs').FetchLike['fetch']} */ (
        /** @type {unknown} */ (undici.fetch)
      ),
      FormData: /** @type {new () => FormData} */ (/** @type {unknown} */ (undici.FormData)),
      init: { dispatcher },
      close: () => dispatcher.close(),
    });
  },
};
