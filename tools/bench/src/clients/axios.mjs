// axios with a keep-alive http.Agent and its defaults otherwise (follow-redirects, decompress);
// body size limits lifted so the 1 GiB upload is allowed at all.
import { openAsBlob } from 'node:fs';
import { Agent } from 'node:http';
import { basename } from 'node:path';
import { expectOk } from './driver.mjs';

/** @type {import('./driver.mjs').ClientSpec} */
export const axiosClient = {
  name: 'axios',
  label: 'axios',
  library: 'axios',
  async create(origin) {
    const { default: axios } = await import('axios');
    const httpAgent = new Agent({ keepAlive: true });
    const client = axios.create({ httpAgent, maxBodyLength: Infinity, maxContentLength: Infinity });
    return {
      async getJson(path) {
        const res = await client.get(origin + path);
        expectOk(res.status, path);
        return res.data;
      },
      async post(path, body) {
        const res = await client.post(origin + path, body, {
          headers: { 'content-type': 'application/octet-stream' },
          responseType: 'text',
        });
        expectOk(res.status, path);
        return Number(res.data);
      },
      async download(path) {
        const res = await client.get(origin + path, { responseType: 'stream' });
        expectOk(res.status, path);
        let n = 0;
        for await (const chunk of res.data) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        const form = new FormData();
        form.append('file', await openAsBlob(file), basename(file));
        const res = await client.post(origin + path, form, { responseType: 'text' });
        expectOk(res.status, path);
        return Number(res.data);
      },
      async close() {
        httpAgent.destroy();
      },
    };
  },
};
