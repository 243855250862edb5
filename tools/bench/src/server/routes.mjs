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
const gzipHeaders = gzipHeadersFor(gzipped);

/** The headers of a gzip JSON response (no charset: JSON is UTF-8 by definition). */
function gzipHeadersFor(/** @type {Buffer} */ body) {
  return {
    'content-type': 'application/json',
    'content-encoding': 'gzip',
    'content-length': String(body.length),
  };
}

/**
 * About 10 KB of JSON that gzips to about 2.5 KB (issue 17's small API response): 72 records
 * whose ids, references, scores and dates vary as real ones do, from a fixed seed.
 */
function apiRecords() {
  let seed = 12345;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const pick = () => words[Math.floor(random() * words.length)];
  const items = Array.from({ length: 72 }, (_, i) => ({
    id: 1000 + i,
    name: `${words[i % words.length]}-${Math.floor(random() * 1e6)}`,
    ref: Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0'),
    score: Math.round(random() * 1e4) / 100,
    active: random() < 0.5,
    tags: [pick(), pick()],
    updated: new Date(1.7e12 + Math.floor(random() * 1e10)).toISOString(),
  }));
  return Buffer.from(JSON.stringify({ ok: true, count: items.length, items }));
}
const apiJson = apiRecords();
const apiGzipped = gzipSync(apiJson);
const apiHeaders = gzipHeadersFor(apiGzipped);
/** Sizes of `/gzip-api`, for the scenario's title. */
export const apiSizes = { wire: apiGzipped.length, decoded: apiJson.length };

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
 * Routes one request: `GET /small`, `GET /gzip`, `GET /gzip-api`, `GET /download?size=N`,
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
  } else if (path === '/gzip-api') {
    res.writeHead(200, apiHeaders);
    res.end(apiGzipped);
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
/** What `/gzip-api` answers once decoded, for checks. */
export const apiBody = JSON.parse(apiJson.toString());
