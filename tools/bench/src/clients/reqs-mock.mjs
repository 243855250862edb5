// reqs through one Session whose transport is @reqs/mock's MockAdapter, answering the bench
// server's /small route with the same bytes and headers: what a mocked request costs, to set
// against the same request over loopback through HTTPAdapter (issue 16: ≥ 5 × its req/s).
import { MockAdapter } from '@reqs/mock';
import { small, smallHeaders } from '../server/routes.mjs';
import { loadReqs } from './load-reqs.mjs';

/** @param {string} what */
const unsupported = (what) => () => Promise.reject(new Error(`reqs-mock does not ${what}`));

/** @type {import('./driver.mjs').ClientSpec} */
export const reqsMock = {
  name: 'reqs-mock',
  label: 'reqs Session + MockAdapter',
  library: '@reqs/mock',
  async create(origin) {
    const requests = await loadReqs();
    const session = new requests.Session();
    const mock = new MockAdapter().install(
      /** @type {import('@reqs/mock').Mountable} */ (/** @type {unknown} */ (session)),
    );
    mock.get(`${origin}/small`, { headers: smallHeaders, body: small });
    return {
      async getJson(path) {
        return (await session.get(origin + path)).json();
      },
      post: unsupported('POST'),
      download: unsupported('download'),
      upload: unsupported('upload'),
      close: () => session.close(),
    };
  },
};
