// A Driver over any WHATWG fetch (undici's, Node's global one): the same calls, so the two
// rows differ only by the fetch implementation.
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { expectOk } from './driver.mjs';

/**
 * @typedef {object} FetchLike
 * @property {(url: string, init?: Record<string, unknown>) => Promise<Response>} fetch
 * @property {new () => FormData} FormData
 * @property {Record<string, unknown>} init extra init members (a dispatcher)
 * @property {() => Promise<void>} close
 */

/**
 * @param {string} origin
 * @param {FetchLike} impl
 * @returns {import('./driver.mjs').Driver}
 */
export function fetchDriver(origin, { fetch, FormData, init, close }) {
  return {
    async getJson(path) {
      const res = await fetch(origin + path, init);
      expectOk(res.status, path);
      return res.json();
    },
    async post(path, body) {
      const res = await fetch(origin + path, { ...init, method: 'POST', body });
      expectOk(res.status, path);
      return Number(await res.text());
    },
    async download(path) {
      const res = await fetch(origin + path, init);
      expectOk(res.status, path);
      if (res.body === null) return 0;
      let n = 0;
      for await (const chunk of res.body) n += chunk.length;
      return n;
    },
    async upload(path, file) {
      const form = new FormData();
      form.append('file', await openAsBlob(file), basename(file));
      const res = await fetch(origin + path, { ...init, method: 'POST', body: form });
      expectOk(res.status, path);
      return Number(await res.text());
    },
    close,
  };
}
