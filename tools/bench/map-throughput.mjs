#!/usr/bin/env node

// Many requests at once (issue 15): 10,000 small GETs through `requests.map(urls, { size: 64 })`
// against a hand-written loop keeping 64 `undici.request` calls in flight on one keep-alive
// Agent, in the same run, against the bench server (a child process). Rounds alternate between
// the two; the median of each is reported with their ratio (target: reqs >= 0.9x undici).
//
// Run from the repo root after `pnpm build`:
//   node tools/bench/map-throughput.mjs [requests=10000] [rounds=5]
// Not part of any test suite (speed is measured here, never in tests).

import requests from 'reqs';
import { Agent, request } from 'undici';
import { startServer } from './src/server/start-server.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SIZE = 64;

function* urls(url, count) {
  for (let i = 0; i < count; i++) yield url;
}

/** `count` GETs, 64 in flight, with undici.request and nothing on top; bodies read whole. */
async function undiciLoop(url, count, dispatcher) {
  let next = 0;
  async function worker() {
    while (next < count) {
      next++;
      const { statusCode, body } = await request(url, { dispatcher });
      await body.arrayBuffer();
      if (statusCode !== 200) throw new Error(`status ${statusCode}`);
    }
  }
  await Promise.all(Array.from({ length: SIZE }, worker));
}

/** `count` GETs through requests.map with size 64 (one fresh Session, pools of 64). */
async function reqsMap(url, count) {
  const responses = await requests.map(urls(url, count), { size: SIZE, throwOnError: true });
  for (const r of responses) if (r?.statusCode !== 200) throw new Error(`status ${r?.statusCode}`);
}

async function timed(run) {
  const start = performance.now();
  await run();
  return COUNT / ((performance.now() - start) / 1000);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await startServer();
const url = `${server.origin}/small`;
const dispatcher = new Agent({ connections: SIZE, pipelining: 1 });
try {
  // Warm-up: JIT and connections.
  await undiciLoop(url, 2_000, dispatcher);
  await reqsMap(url, 2_000);
  const results = { undici: [], reqs: [] };
  for (let round = 0; round < ROUNDS; round++) {
    results.undici.push(await timed(() => undiciLoop(url, COUNT, dispatcher)));
    results.reqs.push(await timed(() => reqsMap(url, COUNT)));
    process.stderr.write(
      `[map] round ${round + 1}: undici ${results.undici.at(-1).toFixed(0)} req/s, reqs map ${results.reqs.at(-1).toFixed(0)} req/s\n`,
    );
  }
  const undici = median(results.undici);
  const reqs = median(results.reqs);
  console.log(`| client | median req/s (${ROUNDS} rounds of ${COUNT} GETs, 64 in flight) |`);
  console.log('|---|---:|');
  console.log(`| undici.request, hand-written 64-in-flight loop | ${undici.toFixed(0)} |`);
  console.log(`| reqs \`requests.map(urls, { size: 64 })\` | ${reqs.toFixed(0)} |`);
  console.log(`\nratio reqs/undici: ${(reqs / undici).toFixed(2)}x (target >= 0.90x)`);
} finally {
  await dispatcher.close();
  await server.stop();
}
