// got 14 (the last major for Node 20) with a keep-alive http.Agent and its defaults otherwise.
import { openAsBlob } from 'node:fs';
import { Agent } from 'node:http';
import { basename } from 'node:path';

/** @type {import('./driver.mjs').ClientSpec} */
export const gotClient = {
  name: 'got',
  label: 'got 14',
  library: 'got',
  async create(origin) {
    const { default: got } = await import('got');
    const agent = new Agent({ keepAlive: true });
    const client = got.extend({ agent: { http: agent } });
    return {
      getJson: (path) => client.get(origin + path).json(),
      async post(path, body) {
        return Number(await client.post(origin + path, { body }).text());
      },
      async download(path) {
        let n = 0;
        for await (const chunk of client.stream(origin + path)) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        const form = new FormData();
        form.append('file', await openAsBlob(file), basename(file));
        return Number(await client.post(origin + path, { body: form }).text());
      },
      async close() {
        agent.destroy();
      },
    };
  },
};
