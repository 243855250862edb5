#!/usr/bin/env node
// AppAdapter (issue 19): the same Node request listener called in process through
// `AppAdapter` vs served by `http.createServer` on loopback and reached through `HTTPAdapter`,
// both from a Session in this process (the listener's own cost is in both). Sequential small
// GETs, then 64 in flight; rounds interleaved; medians of req/s (target: AppAdapter >= 3x).
//
// Run from the repo root after `pnpm build`:
//   node tools/bench/app-adapter-speed.mjs [requests=5000] [rounds=5]
// Not part of any test suite (speed is measured here, never in tests).

import { createServer } from 'node:http';
import { AppAdapter } from '@reqs/app-adapter';
import requests from 'reqs';

const COUNT = Number(process.argv[2] ?? 5_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const body = JSON.stringify({ ok: true, items: [1, 2, 3], message: 'small response' });

/** A small JSON answer, as an app's cheapest route. */
function handler(_req, res) {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function sequential(session, url, count) {
  for (let i = 0; i < count; i++) {
    const r = await session.get(url);
    if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
    r.json();
  }
}

async function concurrent(session, url, count) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      const r = await session.get(url);
      if (r.statusCode !== 200) throw new Error(`status ${r.statusCode}`);
      r.json();
    }
  };
  await Promise.all(Array.from({ length: 64 }, worker));
}

async function rps(run) {
  const start = performance.now();
  await run();
  return COUNT / ((performance.now() - start) / 1000);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const server = createServer(handler);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const loopbackUrl = `http://127.0.0.1:${server.address().port}/small`;
const app = new requests.Session();
app.mount('http://app/', new AppAdapter(handler));
const loopback = new requests.Session();
loopback.mount('http://', new requests.HTTPAdapter({ poolMaxsize: 64 }));
const cases = {
  'AppAdapter, sequential': () => sequential(app, 'http://app/small', COUNT),
  'HTTPAdapter over loopback, sequential': () => sequential(loopback, loopbackUrl, COUNT),
  'AppAdapter, 64 in flight': () => concurrent(app, 'http://app/small', COUNT),
  'HTTPAdapter over loopback, 64 in flight': () => concurrent(loopback, loopbackUrl, COUNT),
};
try {
  for (const run of Object.values(cases)) await run(); // warm-up
  const results = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const names = round % 2 === 0 ? Object.keys(cases) : Object.keys(cases).reverse();
    for (const name of names) results[name].push(await rps(cases[name]));
    process.stderr.write(`[app] round ${round + 1} done\n`);
  }
  console.log(`| ${ROUNDS} rounds of ${COUNT} GETs through a Session (medians) | req/s |`);
  console.log('|---|---:|');
  for (const name of Object.keys(cases)) console.log(`| ${name} | ${median(results[name]).toFixed(0)} |`);
  const ratio = (a, b) => (median(results[a]) / median(results[b])).toFixed(2);
  console.log(
    `\nAppAdapter / loopback: ${ratio('AppAdapter, sequential', 'HTTPAdapter over loopback, sequential')}x sequential, ` +
      `${ratio('AppAdapter, 64 in flight', 'HTTPAdapter over loopback, 64 in flight')}x at 64 in flight (target >= 3x)`,
  );
} finally {
  await app.close();
  await loopback.close();
  server.close();
}
