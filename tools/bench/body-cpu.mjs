#!/usr/bin/env node
// CPU cost of a large response body per MiB (issue 17): raw undici.request against reqs, read
// whole and streamed, with Content-Length and chunked, plus a plain net.Socket read loop into
// one reused buffer (the ceiling). CPU time (process.cpuUsage, user + system) of this process
// only — the server runs in its own — so the figures hold on a loaded machine where MiB/s do not.
//
//   node --expose-gc tools/bench/body-cpu.mjs [MiB=64] [rounds=5] [modes=all] [length,chunked]
import { connect } from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { loadReqs } from './src/clients/load-reqs.mjs';
import { startServer } from './src/server/start-server.mjs';

const mib = Number(process.argv[2] ?? 64);
const rounds = Number(process.argv[3] ?? 5);
const only = process.argv[4]?.split(',');
const kinds = process.argv[5]?.split(',') ?? ['length', 'chunked'];
const size = mib * 1024 * 1024;

const server = await startServer();
const origin = server.origin;
const dispatcher = new Agent({ keepAliveTimeout: 60_000 });
const requests = await loadReqs();
const session = new requests.Session();

/** Reads a whole response off a fresh socket into one reused 64 KiB buffer, counting bytes. */
function socketCeiling(path) {
  const { port } = new URL(origin);
  return new Promise((resolve, reject) => {
    let seen = 0;
    const socket = connect({
      port: Number(port),
      host: '127.0.0.1',
      onread: {
        buffer: Buffer.allocUnsafe(64 * 1024),
        callback(n) {
          seen += n;
          return true;
        },
      },
    });
    socket.on('error', reject);
    socket.on('close', () => resolve(seen));
    socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

/** @type {Record<string, (path: string) => Promise<number>>} */
const modes = {
  'net-socket': socketCeiling,
  'undici-content': async (path) => {
    const { body } = await request(origin + path, { dispatcher });
    return (await body.arrayBuffer()).byteLength;
  },
  'undici-stream': async (path) => {
    const { body } = await request(origin + path, { dispatcher });
    let n = 0;
    for await (const chunk of body) n += chunk.length;
    return n;
  },
  'reqs-content': async (path) => (await session.get(origin + path)).content.byteLength,
  'reqs-iter': async (path) => {
    const r = await session.get(origin + path, { stream: true });
    let n = 0;
    for await (const chunk of r.iterContent(64 * 1024)) n += chunk.length;
    return n;
  },
  'reqs-raw': async (path) => {
    const r = await session.get(origin + path, { stream: true });
    let n = 0;
    for await (const chunk of r.raw) n += chunk.length;
    return n;
  },
};

// Time in garbage collection over the whole run (warm-up included).
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) gcMs += entry.duration;
}).observe({ entryTypes: ['gc'] });

const paths = { length: `/download?size=${size}`, chunked: `/download-chunked?size=${size}` };
const names = Object.keys(modes).filter((name) => !only || only.includes(name));
/** @type {Record<string, number[]>} */
const samples = {};
for (let round = 0; round <= rounds; round++) {
  const order = round % 2 ? [...names].reverse() : names;
  for (const name of order) {
    for (const kind of kinds) {
      const path = paths[kind];
      globalThis.gc?.();
      const before = process.cpuUsage();
      const n = await modes[name](path);
      const used = process.cpuUsage(before);
      if (n < size) throw new Error(`${name} ${kind}: ${n} bytes, expected ${size}`);
      // Round 0 warms up.
      if (round === 0) continue;
      const key = `${name} ${kind}`;
      samples[key] ??= [];
      samples[key].push((used.user + used.system) / mib);
    }
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`| mode | CPU µs/MiB median | min | max |\n| --- | --: | --: | --: |`);
for (const [key, xs] of Object.entries(samples)) {
  const f = (x) => Math.round(x).toLocaleString('en');
  console.log(`| ${key} | ${f(median(xs))} | ${f(Math.min(...xs))} | ${f(Math.max(...xs))} |`);
}
const peak = process.resourceUsage().maxRSS / 1024;
console.log(
  `\n${names.join(', ')}: peak RSS ${Math.round(peak)} MiB, GC ${Math.round(gcMs)} ms over the run`,
);
await session.close();
await dispatcher.close();
await server.stop();
