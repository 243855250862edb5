#!/usr/bin/env node
// HTTP/2 (issue 19): small GETs with 64 in flight over TLS against a server in another process
// (Node's http2 server, or nginx with `nginx` as third argument), in the same run:
//   - reqs: a Session on `new HTTPAdapter({ http2: true })` (one h2 connection, 64 streams);
//   - undici's own h2 client: `undici.Client` with `allowH2: true`, `request()` 64 in flight;
//   - reqs over HTTP/1.1: a Session on `new HTTPAdapter({ poolMaxsize: 64 })` to the same
//     server (it speaks HTTP/1.1 too), 64 connections;
//   - node:http2 alone: `http2.connect()` and `session.request()`, the body read and parsed —
//     the floor any client on node:http2 pays.
// Rounds alternate; per client the medians of req/s, of this process's CPU µs per request and
// of the server's, then the targets of issue 19 (reqs h2 >= 0.9x undici h2, >= 1.0x reqs
// HTTP/1.1) as the median of the ratios taken within each round (a loaded machine drifts
// between rounds more than within one).
//
// Run from the repo root after `pnpm build` (needs the openssl CLI for a throwaway certificate):
//   node tools/bench/h2-concurrent.mjs [requests=5000] [rounds=5] [node|nginx]
// Not part of any test suite (speed is measured here, never in tests).

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import requests from 'reqs';
import { Client } from 'undici';
import { startNginxH2 } from './src/server/h2-nginx.mjs';

const COUNT = Number(process.argv[2] ?? 5_000);
const ROUNDS = Number(process.argv[3] ?? 5);
const SERVER = process.argv[4] ?? 'node';
const SIZE = 64;

/** A self-signed certificate for localhost in a temporary directory. */
function makeCert() {
  const dir = mkdtempSync(join(tmpdir(), 'reqs-h2-bench-'));
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' },
  );
  return { dir, cert, key };
}

async function startH2Server(cert, key) {
  const main = fileURLToPath(new URL('./src/server/h2-main.mjs', import.meta.url));
  const child = spawn(process.execPath, [main, cert, key], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let buffered = '';
    child.once('exit', (code) => reject(new Error(`h2 bench server exited early (code ${code})`)));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.indexOf('\n');
      if (line !== -1) resolve(JSON.parse(buffered.slice(0, line)).port);
    });
  });
  child.removeAllListeners('exit');
  child.stdout.removeAllListeners('data');
  const lines = child.stdout.setEncoding('utf8');
  /** The server process's CPU time so far (µs), as it reports it. */
  const cpuUs = () =>
    new Promise((resolve) => {
      lines.once('data', (line) => resolve(JSON.parse(line).cpuUs));
      child.stdin.write('cpu\n');
    });
  return { origin: `https://localhost:${port}`, cpuUs, stop: () => child.kill('SIGTERM') };
}

/** `count` calls of `get`, 64 in flight. */
async function inFlight(count, get) {
  let next = 0;
  async function worker() {
    while (next < count) {
      next++;
      await get();
    }
  }
  await Promise.all(Array.from({ length: SIZE }, worker));
}

function reqsRunner(url, caFile, adapterOptions, expectVersion) {
  const session = new requests.Session();
  session.verify = caFile;
  session.mount('https://', new requests.HTTPAdapter(adapterOptions));
  const get = async () => {
    const r = await session.get(url);
    if (r.statusCode !== 200 || r.httpVersion !== expectVersion)
      throw new Error(`${r.statusCode} ${r.httpVersion}`);
    r.json();
  };
  return { run: (count) => inFlight(count, get), close: () => session.close() };
}

function nodeHttp2Runner(origin, ca) {
  const session = connect(origin, { ca });
  const get = () =>
    new Promise((resolve, reject) => {
      const stream = session.request({ ':path': '/small' });
      const chunks = [];
      stream.on('response', (headers) => {
        if (headers[':status'] !== 200) reject(new Error(`status ${headers[':status']}`));
      });
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
      stream.on('error', reject);
    });
  return { run: (count) => inFlight(count, get), close: () => new Promise((done) => session.close(done)) };
}

function undiciRunner(origin, ca) {
  const client = new Client(origin, { allowH2: true, connect: { ca } });
  const get = async () => {
    const { statusCode, body } = await client.request({ path: '/small', method: 'GET' });
    await body.json();
    if (statusCode !== 200) throw new Error(`status ${statusCode}`);
  };
  return { run: (count) => inFlight(count, get), close: () => client.close() };
}

async function timed(run) {
  const serverBefore = await server.cpuUs();
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run(COUNT);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const serverUs = (await server.cpuUs()) - serverBefore;
  return { rps: COUNT / seconds, cpuUs: (used.user + used.system) / COUNT, serverCpuUs: serverUs / COUNT };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const certs = makeCert();
const server =
  SERVER === 'nginx'
    ? await startNginxH2(certs.dir, certs.cert, certs.key)
    : await startH2Server(certs.cert, certs.key);
const url = `${server.origin}/small`;
const runners = {
  'reqs h2': reqsRunner(url, certs.cert, { http2: true }, '2'),
  'undici h2': undiciRunner(server.origin, readFileSync(certs.cert)),
  'reqs HTTP/1.1': reqsRunner(url, certs.cert, { poolMaxsize: SIZE }, '1.1'),
  'node:http2 alone': nodeHttp2Runner(server.origin, readFileSync(certs.cert)),
};
try {
  for (const runner of Object.values(runners)) await runner.run(1_000); // warm-up: JIT, connections
  const results = Object.fromEntries(Object.keys(runners).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? Object.keys(runners) : Object.keys(runners).reverse();
    for (const name of order) results[name].push(await timed(runners[name].run));
    const line = Object.keys(runners)
      .map((name) => `${name} ${results[name].at(-1).rps.toFixed(0)} req/s`)
      .join(', ');
    process.stderr.write(`[h2] round ${round + 1}: ${line}\n`);
  }
  const row = (name) => ({
    rps: median(results[name].map((r) => r.rps)),
    cpuUs: median(results[name].map((r) => r.cpuUs)),
    serverCpuUs: median(results[name].map((r) => r.serverCpuUs)),
  });
  console.log(
    `| ${SERVER} server, ${ROUNDS} rounds of ${COUNT} GETs over TLS, 64 in flight (medians) | req/s | client CPU µs/req | server CPU µs/req |`,
  );
  console.log('|---|---:|---:|---:|');
  for (const name of Object.keys(runners)) {
    const { rps, cpuUs, serverCpuUs } = row(name);
    console.log(`| ${name} | ${rps.toFixed(0)} | ${cpuUs.toFixed(1)} | ${serverCpuUs.toFixed(1)} |`);
  }
  const ratio = (a, b) => median(results[a].map((r, i) => r.rps / results[b][i].rps)).toFixed(2);
  console.log(
    `\nreqs h2 / undici h2: ${ratio('reqs h2', 'undici h2')}x by req/s (target >= 0.90x); ` +
      `reqs h2 / reqs HTTP/1.1: ${ratio('reqs h2', 'reqs HTTP/1.1')}x (target >= 1.0x) — medians of the per-round ratios`,
  );
} finally {
  for (const runner of Object.values(runners)) await runner.close();
  server.stop();
  rmSync(certs.dir, { recursive: true, force: true });
}
