// reqs through its module-level verbs: a fresh Session (and connection) for every call, as in
// Requests' `requests.get`.
import { createReadStream } from 'node:fs';
import { loadReqs } from './load-reqs.mjs';

/** @type {import('./driver.mjs').ClientSpec} */
export const reqsModule = {
  name: 'reqs',
  label: 'reqs requests.get',
  library: 'reqs',
  async create(origin) {
    const requests = await loadReqs();
    return {
      async getJson(path) {
        return (await requests.get(origin + path)).json();
      },
      async post(path, body) {
        return Number((await requests.post(origin + path, { data: body })).text);
      },
      async download(path) {
        const r = await requests.get(origin + path, { stream: true });
        let n = 0;
        for await (const chunk of r.iterContent()) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        return Number((await requests.post(origin + path, { files: { file: createReadStream(file) } })).text);
      },
      async close() {},
    };
  },
};
