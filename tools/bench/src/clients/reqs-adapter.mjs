// reqs' HTTPAdapter alone, without a Session: what the transport costs over undici.request
// (issue 4 asks for that ratio). Each call prepares a request and sends it on one adapter.
import { createReadStream } from 'node:fs';

/** @type {import('./driver.mjs').ClientSpec} */
export const reqsAdapter = {
  name: 'reqs-adapter',
  label: 'reqs HTTPAdapter',
  library: 'reqs',
  async create(origin) {
    const requests = await import('reqs');
    const adapter = new requests.HTTPAdapter();
    /** @param {import('reqs').PreparedRequest} prepared @param {boolean} stream */
    const send = (prepared, stream) => adapter.send(prepared, { stream, verify: true, proxies: {} });
    /** @param {string} method @param {string} path @param {object} [options] */
    const prepare = (method, path, options) => new requests.Request(method, origin + path, options).prepare();
    return {
      async getJson(path) {
        const r = await send(prepare('GET', path, { headers: { 'Accept-Encoding': 'gzip' } }), false);
        await r.read();
        return r.json();
      },
      async post(path, body) {
        const r = await send(prepare('POST', path, { data: body }), false);
        await r.read();
        return Number(r.text);
      },
      async download(path) {
        const r = await send(prepare('GET', path), true);
        let n = 0;
        for await (const chunk of r.iterContent()) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        const body = new requests.MultipartEncoder({ files: { file: createReadStream(file) } });
        const r = await send(
          prepare('POST', path, { data: body, headers: { 'Content-Type': body.contentType } }),
          false,
        );
        await r.read();
        return Number(r.text);
      },
      close: () => adapter.close(),
    };
  },
};
