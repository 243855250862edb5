#!/usr/bin/env node
// The `reqs` binary.
import { createRequire } from 'node:module';
import { main } from './main.js';
import { keepWasmOnBaseline } from './wasm-tiering.js';

keepWasmOnBaseline();

// A closed pipe (`reqs … | head`) ends the command quietly, as it does for other Unix tools.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };
process.exitCode = await main(process.argv.slice(2), version, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
