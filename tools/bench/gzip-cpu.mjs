#!/usr/bin/env node
// CPU cost of one small gzip GET decoded to text and to JSON (issue 17): raw undici.request with
// a one-shot gunzipSync (the cheapest a raw-undici user can do), reqs' Session, and Python
// Requests (a python3 child on the same server, when `import requests` works). CPU time of
// each client's own process per request (the server runs in its own), in many short
// interleaved rounds, so the figures hold on a loaded machine where req/s do not.
//
//   node --expose-gc tools/bench/gzip-cpu.mjs [path=/gzip-api] [rounds=15] [requests per round=300]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Agent, request } from 'undici';
import { loadReqs } from './src/clients/load-reqs.mjs';
import { startServer } from './src/server/start-server.mjs';

const path = process.argv[2] ?? '/gzip-api';
const rounds = Number(process.argv[3] ?? 15);
const perRound = Number(process.argv[4] ?? 300);

const server = await startServer();
const url = server.origin + path;
const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
const requests = await loadReqs();
const session = new requests.Session();

async function undiciBody() {
  const { headers, body } = await request(url, { dispatcher });
  const bytes = Buffer.from(await body.arrayBuffer());
  return headers['content-encoding'] === 'gzip' ? gunzipSync(bytes) : bytes;
}

/** @type {Record<string, () => Promise<unknown>>} */
const modes = {
  'undici-text': async () => (await undiciBody()).toString(),
  'reqs-text': async () => (await session.get(url)).text,
  'undici-json': async () => JSON.parse((await undiciBody()).toString()),
  'reqs-json': async () => (await session.get(url)).json(),
};

/** A python3 process running Python Requests on one Session, `perRound` GETs per line asked. */
async function startPython() {
  const script = fileURLToPath(new URL('./src/python/requests-loop.py', import.meta.url));
  const child = spawn('python3', [script, url], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const first = await lines.next();
  if (first.done || first.value !== 'ready') {
    child.kill();
    return null;
  }
  return {
    /** @param {string} kind */
    async run(kind) {
      child.stdin.write(`${kind} ${perRound}\n`);
      const { value } = await lines.next();
      const [cpuUs, wallUs] = String(value).split(' ').map(Number);
      return { cpu: cpuUs / perRound, wall: wallUs / perRound };
    },
    async stop() {
      child.stdin.end();
      await once(child, 'exit');
    },
  };
}

const python = await startPython().catch(() => null);
if (python === null) console.error('python3 with requests not available: its rows are left out');

/** @type {Record<string, { cpu: number[], wall: number[] }>} */
const samples = {};
const record = (name, cpu, wall) => {
  samples[name] ??= { cpu: [], wall: [] };
  samples[name].cpu.push(cpu);
  samples[name].wall.push(wall);
};
const names = Object.keys(modes);
for (let round = 0; round <= rounds; round++) {
  const order = round % 2 ? [...names].reverse() : names;
  for (const name of order) {
    globalThis.gc?.();
    const before = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < perRound; i++) await modes[name]();
    const wall = ((performance.now() - start) * 1000) / perRound;
    const used = process.cpuUsage(before);
    // Round 0 warms up.
    if (round > 0) record(name, (used.user + used.system) / perRound, wall);
  }
  if (python !== null) {
    for (const kind of ['text', 'json']) {
      const { cpu, wall } = await python.run(kind);
      if (round > 0) record(`python-requests-${kind}`, cpu, wall);
    }
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Median over rounds of `a`'s value ÷ `b`'s in the same round. */
const pairedRatio = (a, b) => median(a.map((x, i) => x / b[i]));
const f = (x) => x.toFixed(1);
console.log(`${path}, ${rounds} rounds of ${perRound} sequential GETs (medians)\n`);
console.log('| client | CPU µs/req | min | wall µs/req | CPU ÷ undici (paired) | req/s ÷ undici (paired) |');
console.log('| --- | --: | --: | --: | --: | --: |');
for (const [name, { cpu, wall }] of Object.entries(samples)) {
  const base = samples[name.endsWith('json') ? 'undici-json' : 'undici-text'];
  console.log(
    `| ${name} | ${f(median(cpu))} | ${f(Math.min(...cpu))} | ${f(median(wall))} | ${pairedRatio(cpu, base.cpu).toFixed(2)} | ${pairedRatio(base.wall, wall).toFixed(2)} |`,
  );
}
await python?.stop();
await session.close();
await dispatcher.close();
await server.stop();
