#!/usr/bin/env node
// The cost of hooks (issue 15): sequential small GETs on one Session, timed in child processes
// that alternate between builds of reqs — e.g. the commit before the request-side hooks and
// tracing, and the current one — plus the current build with one no-op `preSend` hook and one
// no-op `response` hook registered. No hooks registered must cost nothing measurable.
//
// Run from the repo root after `pnpm build`, with an older build of the repo somewhere
// (`git archive <commit> | tar -x -C /tmp/base && cd /tmp/base && pnpm install && pnpm build`):
//   node tools/bench/hooks-cost.mjs /tmp/base/packages/reqs/dist/index.js [requests=5000] [rounds=7]
// Not part of any test suite.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServer } from './src/server/start-server.mjs';

const run = promisify(execFile);
const base = process.argv[2];
const COUNT = Number(process.argv[3] ?? 5_000);
const ROUNDS = Number(process.argv[4] ?? 7);
const current = fileURLToPath(new URL('../../packages/reqs/dist/index.js', import.meta.url));
if (!base)
  throw new Error('usage: node tools/bench/hooks-cost.mjs <other reqs dist/index.js> [requests] [rounds]');

// The child: a warm-up, then COUNT sequential GETs; prints req/s and CPU µs per request.
const child = `
const [entry, url, count, hooked] = process.argv.slice(1);
const { default: requests } = await import(entry);
const s = new requests.Session();
if (hooked === '1') { s.hooks.preSend = [() => {}]; s.hooks.response.push(() => {}); }
for (let i = 0; i < 500; i++) (await s.get(url)).content;
const cpu = process.cpuUsage();
const start = performance.now();
for (let i = 0; i < Number(count); i++) (await s.get(url)).content;
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
console.log(JSON.stringify({ rps: Number(count) / seconds, cpuUs: (used.user + used.system) / Number(count) }));
await s.close();
`;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const variants = [
  { label: 'other build (no request-side hooks, no tracing)', entry: base, hooked: '0' },
  { label: 'current build, no hooks registered', entry: current, hooked: '0' },
  { label: 'current build, a no-op preSend and response hook', entry: current, hooked: '1' },
];
const server = await startServer();
try {
  const samples = variants.map(() => ({ rps: [], cpuUs: [] }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, variant] of variants.entries()) {
      const { stdout } = await run(process.execPath, [
        '--input-type=module',
        '-e',
        child,
        variant.entry,
        `${server.origin}/small`,
        String(COUNT),
        variant.hooked,
      ]);
      const { rps, cpuUs } = JSON.parse(stdout);
      samples[i].rps.push(rps);
      samples[i].cpuUs.push(cpuUs);
    }
    process.stderr.write(`[hooks] round ${round + 1}/${ROUNDS}\n`);
  }
  const baseRps = median(samples[0].rps);
  const baseCpu = median(samples[0].cpuUs);
  console.log(
    `| Session, ${COUNT} sequential small GETs, median of ${ROUNDS} | req/s | ratio | CPU µs/req | ratio |`,
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const [i, variant] of variants.entries()) {
    const rps = median(samples[i].rps);
    const cpu = median(samples[i].cpuUs);
    console.log(
      `| ${variant.label} | ${rps.toFixed(0)} | ${(rps / baseRps).toFixed(2)} | ${cpu.toFixed(1)} | ${(cpu / baseCpu).toFixed(2)} |`,
    );
  }
} finally {
  await server.stop();
}
