#!/usr/bin/env node
// Memory check for @reqs/multipart: uploads a generated file (1 GiB by default) through
// MultipartEncoder to a local node:http server that discards the body, sampling the RSS
// every 50 ms. Streaming must keep memory flat: it fails when the RSS grows by 64 MiB or more.
//
// Run from the repo root after building the package:
//   pnpm --filter @reqs/multipart build && node tools/bench/multipart-memory.mjs [sizeMiB]
// Not part of any test suite.

import { once } from 'node:events';
import { closeSync, createReadStream, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { MultipartEncoder } from '../../packages/multipart/dist/index.js';

const MiB = 1024 * 1024;
const LIMIT = 64 * MiB;
const sizeMiB = Number(process.argv[2] ?? 1024);
const size = sizeMiB * MiB;

/** A sparse file of `size` zero bytes: created instantly, read from the page cache. */
function makeFile(dir) {
  const path = join(dir, 'upload.bin');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

/** A server that counts and discards what it receives. */
async function startServer() {
  const server = createServer((req, res) => {
    let received = 0;
    req.on('data', (chunk) => {
      received += chunk.length;
    });
    req.on('end', () => res.end(String(received)));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return server;
}

async function upload(port, encoder) {
  const req = request({
    host: '127.0.0.1',
    port,
    method: 'POST',
    path: '/discard',
    headers: { 'content-type': encoder.contentType, 'content-length': String(encoder.length) },
  });
  const response = once(req, 'response');
  await pipeline(encoder, req);
  const [res] = await response;
  let text = '';
  for await (const chunk of res) text += chunk;
  return Number(text);
}

const dir = mkdtempSync(join(tmpdir(), 'reqs-bench-multipart-'));
const server = await startServer();
try {
  const path = makeFile(dir);
  globalThis.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  let lastProgress = 0;
  const encoder = new MultipartEncoder(
    { fields: { purpose: 'memory check' }, files: { file: createReadStream(path) } },
    { onProgress: (sent) => (lastProgress = sent) },
  );
  const started = performance.now();
  const received = await upload(server.address().port, encoder);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (received !== encoder.length || lastProgress !== encoder.length) {
    throw new Error(`sent ${lastProgress}, server received ${received}, expected ${encoder.length}`);
  }
  const growth = peak - baseline;
  console.log(`file            ${sizeMiB} MiB (body ${encoder.length} bytes, Content-Length known up front)`);
  console.log(`time            ${seconds.toFixed(2)} s`);
  console.log(`throughput      ${(encoder.length / MiB / seconds).toFixed(1)} MiB/s`);
  console.log(`rss baseline    ${(baseline / MiB).toFixed(1)} MiB`);
  console.log(`rss peak        ${(peak / MiB).toFixed(1)} MiB`);
  console.log(`peak growth     ${(growth / MiB).toFixed(1)} MiB (limit ${LIMIT / MiB} MiB)`);
  if (growth >= LIMIT) {
    console.error('FAIL: memory grew with the upload size');
    process.exitCode = 1;
  }
} finally {
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
