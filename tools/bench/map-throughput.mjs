#!/usr/bin/env node
// Many requests at once (issue 15): 10,000 small GETs through `requests.map(urls, { size: 64 })`
// against a hand-written loop keeping 64 `undici.request` calls in flight on one keep-alive
// Agent, in the same run, against the bench server (a child process); a third row keeps 64
// `session.get` calls in flight by hand, to show what map itself adds. Rounds alternate; the
// medians of req/s and of this process's CPU µs per request (steadier on a loaded machine) are
// reported with their ratios (target: reqs >= 0.9x undici).
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

/** `count` GETs as 64 workers awaiting `session.get` in turn: the Session alone, no map. */
async function sessionLoop(url, count) {
  const session = new requests.Session();
  session.mount('http://', new requests.HTTPAdapter({ poolMaxsize: SIZE }));
  let next = 0;
  async function worker() {
    while (next < count) {
      next++;
      const r = await session.get(url);
      if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
    }
  }
  try {
    await Promise.all(Array.from({ length: SIZE }, worker));
  } finally {
    await session.close();
  }
}

/** Requests per second of wall time, and this process's CPU µs per request. */
async function timed(run) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { rps: COUNT / ((performance.now() - start) / 1000), cpuUs: (used.user + used.system) / COUNT };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = await startServer();
const url = `${server.origin}/small`;
const dispatcher = new Agent({ connections: SIZE, pipelining: 1 });
const runs = {
  undici: () => undiciLoop(url, COUNT, dispatcher),
  reqs: () => reqsMap(url, COUNT),
  session: () => sessionLoop(url, COUNT),
};
try {
  // Warm-up: JIT and connections.
  await undiciLoop(url, 2_000, dispatcher);
  await reqsMap(url, 2_000);
  await sessionLoop(url, 2_000);
  const results = { undici: [], reqs: [], session: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, run] of Object.entries(runs)) results[name].push(await timed(run));
    const last = (name) =>
      `${results[name].at(-1).rps.toFixed(0)} req/s ${results[name].at(-1).cpuUs.toFixed(1)} µs`;
    process.stderr.write(
      `[map] round ${round + 1}: undici ${last('undici')}, reqs map ${last('reqs')}, session loop ${last('session')}\n`,
    );
  }
  const row = (name) => ({
    rps: median(results[name].map((r) => r.rps)),
    cpuUs: median(results[name].map((r) => r.cpuUs)),
  });
  const undici = row('undici');
  const reqs = row('reqs');
  const session = row('session');
  console.log(`| ${ROUNDS} rounds of ${COUNT} GETs, 64 in flight (medians) | req/s | CPU µs/req |`);
  console.log('|---|---:|---:|');
  console.log(
    `| undici.request, hand-written 64-in-flight loop | ${undici.rps.toFixed(0)} | ${undici.cpuUs.toFixed(1)} |`,
  );
  console.log(
    `| reqs \`requests.map(urls, { size: 64 })\` | ${reqs.rps.toFixed(0)} | ${reqs.cpuUs.toFixed(1)} |`,
  );
  console.log(
    `| reqs Session, hand-written 64-in-flight \`session.get\` loop | ${session.rps.toFixed(0)} | ${session.cpuUs.toFixed(1)} |`,
  );
  console.log(
    `\nreqs map / undici: ${(reqs.rps / undici.rps).toFixed(2)}x by req/s (target >= 0.90x), ${(undici.cpuUs / reqs.cpuUs).toFixed(2)}x by CPU per request`,
  );
} finally {
  await dispatcher.close();
  await server.stop();
}
