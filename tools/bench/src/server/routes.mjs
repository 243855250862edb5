// The bench server's routes: fixed, precomputed responses so the server costs as little CPU
// per request as node:http allows and the client under test is what the numbers measure.
import { gzipSync } from 'node:zlib';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

export const small = Buffer.from(
  JSON.stringify({ ok: true, id: 12345, name: 'reqs', tags: ['a', 'b', 'c'] }),
);
export const smallHeaders = { 'content-type': 'application/json', 'content-length': String(small.length) };

// About 2 KiB of JSON that compresses well, as a typical small API response does.
const gzipJson = Buffer.from(
  JSON.stringify({
    ok: true,
    items: Array.from({ length: 32 }, (_, i) => ({ id: i, name: `item-${i}`, done: i % 2 === 0 })),
  }),
);
const gzipped = gzipSync(gzipJson);
const gzipHeaders = {
  'content-type': 'application/json',
  'content-encoding': 'gzip',
  'content-length': String(gzipped.length),
};

/** One MiB of pattern bytes, written again and again for downloads. */
const block = Buffer.alloc(1024 * 1024, 'reqs-bench-');

/**
 * Streams `size` bytes, honouring backpressure.
 * @param {ServerResponse} res
 * @param {number} size
 * @param {boolean} withLength false: `Transfer-Encoding: chunked`
 */
function download(res, size, withLength) {
  res.writeHead(200, {
    'content-type': 'application/octet-stream',
    ...(withLength ? { 'content-length': String(size) } : {}),
  });
  let left = size;
  const pump = () => {
    while (left > 0) {
      const n = Math.min(left, block.length);
      left -= n;
      const more = res.write(n === block.length ? block : block.subarray(0, n));
      if (!more) {
        res.once('drain', pump);
        return;
      }
    }
    res.end();
  };
  pump();
}

/**
 * Counts and discards a request body, then answers with the count as plain text.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
function sink(req, res) {
  let received = 0;
  req.on('data', (chunk) => {
    received += chunk.length;
  });
  req.on('end', () => {
    const text = String(received);
    res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(text.length) });
    res.end(text);
  });
}

/**
 * Routes one request: `GET /small`, `GET /gzip`, `GET /download?size=N`,
 * `GET /download-chunked?size=N`, `POST /sink`.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 */
export function route(req, res) {
  const url = req.url ?? '/';
  const query = url.indexOf('?');
  const path = query === -1 ? url : url.slice(0, query);
  if (path === '/small') {
    res.writeHead(200, smallHeaders);
    res.end(small);
  } else if (path === '/gzip') {
    res.writeHead(200, gzipHeaders);
    res.end(gzipped);
  } else if (path === '/download' || path === '/download-chunked') {
    const size = Number(new URLSearchParams(url.slice(query + 1)).get('size') ?? 0);
    download(res, size, path === '/download');
  } else if (path === '/sink' && req.method === 'POST') {
    sink(req, res);
  } else {
    res.writeHead(404, { 'content-length': '0' });
    res.end();
  }
}

/** What `/small` answers, for checks. */
export const smallBody = JSON.parse(small.toString());
/** What `/gzip` answers once decoded, for checks. */
export const gzipBody = JSON.parse(gzipJson.toString());
