#!/usr/bin/env node
// The `reqs` command (apps/cli, issue 20) against Debian's HTTPie (`http`) and curl, in the same run,
// against the bench server (a child process):
// - startup: N sequential `GET /small` runs of each tool, interleaved (reqs, http, curl, reqs, …)
//   so load on a shared machine falls on all alike; total wall time and the ratio reqs / HTTPie
//   (target: <= 0.5);
// - download: `--download` of SIZE MiB to a temporary file, best of ROUNDS, MiB/s and the ratio
//   reqs / curl (target: >= 0.9).
// Two floors are measured beside them, to show how much of a run is reqs' own: `node-start`
// (`node -e 0`) and `undici-floor` (src/child/undici-floor.mjs: undici's Client alone, one GET, the
// body to stdout or the file — what a `reqs` run costs once reqs itself is gone).
//
// Run from the repo root after `pnpm build` (HTTPie: `apt-get install httpie`):
//   node tools/bench/cli-vs-httpie.mjs [runs=50] [sizeMiB=256] [rounds=3]
// Not part of any test suite (speed is measured here, never in tests).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './src/server/start-server.mjs';

const RUNS = Number(process.argv[2] ?? 50);
const SIZE_MIB = Number(process.argv[3] ?? 256);
const ROUNDS = Number(process.argv[4] ?? 3);
const reqsBin = fileURLToPath(new URL('../../apps/cli/dist/index.js', import.meta.url));
const undiciFloor = fileURLToPath(new URL('./src/child/undici-floor.mjs', import.meta.url));

function loadAverage() {
  return `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

function available(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Runs a command to completion; returns its wall time in ms (throws on failure). */
function timed(command, args) {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

const tools = {
  reqs: (url) => [process.execPath, [reqsBin, 'GET', url]],
  httpie: (url) => ['http', ['--ignore-stdin', 'GET', url]],
  curl: (url) => ['curl', ['-sS', url]],
  'node-start': () => [process.execPath, ['-e', '0']],
  'undici-floor': (url) => [process.execPath, [undiciFloor, url]],
};
const downloads = {
  reqs: (url, file) => [process.execPath, [reqsBin, '--download', '--output', file, url]],
  httpie: (url, file) => ['http', ['--ignore-stdin', '--download', '--output', file, url]],
  curl: (url, file) => ['curl', ['-sS', '-o', file, url]],
  'undici-floor': (url, file) => [process.execPath, [undiciFloor, url, file]],
};

const floors = ['node-start', 'undici-floor'];
const present = Object.keys(tools).filter(
  (name) => name === 'reqs' || floors.includes(name) || available(name === 'httpie' ? 'http' : name),
);
const downloaders = present.filter((name) => name in downloads);
const server = await startServer();
const dir = mkdtempSync(join(tmpdir(), 'reqs-cli-bench-'));
try {
  console.log(loadAverage());
  console.log(`startup: ${RUNS} sequential GET /small per tool, interleaved (${present.join(', ')})`);
  const totals = Object.fromEntries(present.map((name) => [name, 0]));
  for (let i = 0; i < RUNS; i++) {
    for (const name of present) totals[name] += timed(...tools[name](`${server.origin}/small`));
  }
  for (const name of present)
    console.log(
      `  ${name.padEnd(12)} ${(totals[name] / 1000).toFixed(2)} s  (${(totals[name] / RUNS).toFixed(0)} ms/run)`,
    );
  if (totals.httpie) {
    console.log(`  reqs / httpie = ${(totals.reqs / totals.httpie).toFixed(2)} (target <= 0.5)`);
    console.log(`  undici-floor / httpie = ${(totals['undici-floor'] / totals.httpie).toFixed(2)}`);
  }

  const bytes = SIZE_MIB * 1024 * 1024;
  console.log(`download: ${SIZE_MIB} MiB to a file, best of ${ROUNDS}`);
  const best = Object.fromEntries(downloaders.map((name) => [name, 0]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of downloaders) {
      const file = join(dir, `${name}-${round}.bin`);
      const ms = timed(...downloads[name](`${server.origin}/download?size=${bytes}`, file));
      if (statSync(file).size !== bytes) throw new Error(`${name} saved ${statSync(file).size} bytes`);
      rmSync(file);
      best[name] = Math.max(best[name], SIZE_MIB / (ms / 1000));
    }
  }
  for (const name of downloaders) console.log(`  ${name.padEnd(12)} ${best[name].toFixed(0)} MiB/s`);
  if (best.curl) {
    console.log(`  reqs / curl = ${(best.reqs / best.curl).toFixed(2)} (target >= 0.9)`);
    console.log(`  undici-floor / curl = ${(best['undici-floor'] / best.curl).toFixed(2)}`);
  }
  console.log(loadAverage());
} finally {
  rmSync(dir, { recursive: true, force: true });
  await server.stop();
}
