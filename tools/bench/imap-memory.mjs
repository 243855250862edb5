#!/usr/bin/env node
// Memory check for imap (issue 15): a lazily generated iterable of 1,000,000 URLs goes through
// `session.imap(items, { size: 64 })` against the bench server (a child process), sampling the
// RSS every 100 ms. Items must be pulled lazily and responses dropped once yielded: it fails
// when the RSS grows by 64 MiB or more over its level after a 20,000-request warm-up.
//
// Run from the repo root after `pnpm build`:
//   node --expose-gc tools/bench/imap-memory.mjs [count=1000000]
// Not part of any test suite.

import { HTTPAdapter, Session } from 'reqs';
import { startServer } from './src/server/start-server.mjs';

const MiB = 1024 * 1024;
const LIMIT = 64 * MiB;
const COUNT = Number(process.argv[2] ?? 1_000_000);
const WARMUP = 20_000;

function* urls(url, count) {
  for (let i = 0; i < count; i++) yield `${url}?i=${i}`;
}

const server = await startServer();
const session = new Session();
session.mount('http://', new HTTPAdapter({ poolMaxsize: 64 }));
const url = `${server.origin}/small`;
try {
  let seen = 0;
  for await (const r of session.imap(urls(url, WARMUP), { size: 64, throwOnError: true }))
    seen += r.statusCode === 200;
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const start = performance.now();
  let done = 0;
  for await (const r of session.imap(urls(url, COUNT), { size: 64, throwOnError: true })) {
    if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
    if (++done % 100_000 === 0)
      process.stderr.write(
        `[imap] ${done} done, RSS +${((process.memoryUsage().rss - base) / MiB).toFixed(1)} MiB\n`,
      );
  }
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = (performance.now() - start) / 1000;
  const growth = peak - base;
  console.log(
    `imap: ${done} requests in ${seconds.toFixed(1)} s (${(done / seconds).toFixed(0)} req/s); RSS after warm-up ${(base / MiB).toFixed(1)} MiB, peak growth ${(growth / MiB).toFixed(1)} MiB (limit 64 MiB)`,
  );
  if (growth >= LIMIT || seen !== WARMUP) process.exitCode = 1;
} finally {
  await session.close();
  await server.stop();
}
