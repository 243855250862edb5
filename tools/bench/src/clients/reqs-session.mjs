// reqs through one Session: a keep-alive pool shared by every call.
import { createReadStream } from 'node:fs';
import { loadReqs } from './load-reqs.mjs';

/** @type {import('./driver.mjs').ClientSpec} */
export const reqsSession = {
  name: 'reqs-session',
  label: 'reqs Session',
  library: 'reqs',
  async create(origin) {
    const requests = await loadReqs();
    const session = new requests.Session();
    return {
      async getJson(path) {
        return (await session.get(origin + path)).json();
      },
      async post(path, body) {
        return Number((await session.post(origin + path, { data: body })).text);
      },
      async download(path) {
        const r = await session.get(origin + path, { stream: true });
        let n = 0;
        for await (const chunk of r.iterContent()) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        return Number((await session.post(origin + path, { files: { file: createReadStream(file) } })).text);
      },
      close: () => session.close(),
    };
  },
};
