// node-fetch 3 (ESM) with a keep-alive http.Agent; files through its own FormData/fileFrom.
import { Agent } from 'node:http';
import { basename } from 'node:path';
import { expectOk } from './driver.mjs';

/** @type {import('./driver.mjs').ClientSpec} */
export const nodeFetchClient = {
  name: 'node-fetch',
  label: 'node-fetch 3',
  library: 'node-fetch',
  async create(origin) {
    const { default: fetch, FormData, fileFrom } = await import('node-fetch');
    const agent = new Agent({ keepAlive: true });
    return {
      async getJson(path) {
        const res = await fetch(origin + path, { agent });
        expectOk(res.status, path);
        return res.json();
      },
      async post(path, body) {
        const res = await fetch(origin + path, { method: 'POST', body, agent });
        expectOk(res.status, path);
        return Number(await res.text());
      },
      async download(path) {
        const res = await fetch(origin + path, { agent });
        expectOk(res.status, path);
        let n = 0;
        if (res.body !== null) for await (const chunk of res.body) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        const form = new FormData();
        form.append('file', await fileFrom(file), basename(file));
        const res = await fetch(origin + path, { method: 'POST', body: form, agent });
        expectOk(res.status, path);
        return Number(await res.text());
      },
      async close() {
        agent.destroy();
      },
    };
  },
};
