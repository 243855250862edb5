// The baseline: raw `undici.request` on a keep-alive Agent, with nothing on top. Gzip is
// decoded by hand (undici.request does not decode) and the multipart body is written by hand.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import { expectOk } from './driver.mjs';

/**
 * A hand-made multipart body for one file field, and its length.
 * @param {string} file
 */
async function multipartFile(file) {
  const boundary = `----reqs-bench-${randomUUID()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${basename(file)}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const { size } = await stat(file);
  async function* body() {
    yield head;
    yield* createReadStream(file, { highWaterMark: 64 * 1024 });
    yield tail;
  }
  return {
    body: Readable.from(body(), { objectMode: false }),
    boundary,
    length: head.length + size + tail.length,
  };
}

/** @type {import('./driver.mjs').ClientSpec} */
export const undiciRequest = {
  name: 'undici-request',
  label: 'undici.request (raw)',
  library: 'undici',
  async create(origin) {
    const { Agent, request } = await import('undici');
    const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
    return {
      async getJson(path) {
        const { statusCode, headers, body } = await request(origin + path, { dispatcher });
        expectOk(statusCode, path);
        if (headers['content-encoding'] !== 'gzip') return body.json();
        return JSON.parse(gunzipSync(Buffer.from(await body.arrayBuffer())).toString());
      },
      async post(path, data) {
        const { statusCode, body } = await request(origin + path, { method: 'POST', body: data, dispatcher });
        expectOk(statusCode, path);
        return Number(await body.text());
      },
      async download(path) {
        const { statusCode, body } = await request(origin + path, { dispatcher });
        expectOk(statusCode, path);
        let n = 0;
        for await (const chunk of body) n += chunk.length;
        return n;
      },
      async upload(path, file) {
        const form = await multipartFile(file);
        const { statusCode, body } = await request(origin + path, {
          method: 'POST',
          body: form.body,
          headers: {
            'content-type': `multipart/form-data; boundary=${form.boundary}`,
            'content-length': String(form.length),
          },
          dispatcher,
        });
        expectOk(statusCode, path);
        return Number(await body.text());
      },
      close: () => dispatcher.close(),
    };
  },
};
