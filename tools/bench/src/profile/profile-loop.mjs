#!/usr/bin/env node
// CPU profile of one client's small-GET loop against the bench server, warm-up excluded:
//   node src/profile/profile-loop.mjs [client] [seconds] [path] [concurrency]
// (client default reqs-session, 5 s, /small, 1 caller; 64 profiles scenario 2's load). The profile is taken with node:inspector — the
// same V8 profiler as `node --cpu-prof`, started after the warm-up — and written to
// results/profiles/<client>.cpuprofile (open it in Chrome DevTools); the hot spots by
// function, file and package are printed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { clientByName } from '../clients/index.mjs';
import { timedLoop } from '../measure/timed-loop.mjs';
import { startServer } from '../server/start-server.mjs';
import { summarizeProfile } from './summarize-profile.mjs';

const [name = 'reqs-session', seconds = '5', path = '/small', callers = '1'] = process.argv.slice(2);
const concurrency = Number(callers);
const dir = fileURLToPath(new URL('../../results/profiles/', import.meta.url));

const server = await startServer();
const inspector = new Session();
try {
  const driver = await clientByName(name).create(server.origin);
  await timedLoop(() => driver.getJson(path), { durationMs: 2000, concurrency });
  inspector.connect();
  await inspector.post('Profiler.enable');
  await inspector.post('Profiler.setSamplingInterval', { interval: 100 });
  await inspector.post('Profiler.start');
  const result = await timedLoop(() => driver.getJson(path), {
    durationMs: Number(seconds) * 1000,
    concurrency,
  });
  const { profile } = await inspector.post('Profiler.stop');
  await driver.close();
  mkdirSync(dir, { recursive: true });
  const file = `${dir}${name}.cpuprofile`;
  writeFileSync(file, JSON.stringify(profile));
  console.log(
    `${name} ${path}: ${Math.round(result.rps)} req/s, ${result.cpuUsPerReq.toFixed(0)} CPU µs/req (profiler on)`,
  );
  console.log(`profile: ${file}\n`);
  console.log(summarizeProfile(/** @type {import('./summarize-profile.mjs').CpuProfile} */ (profile)));
} finally {
  inspector.disconnect();
  await server.stop();
}
