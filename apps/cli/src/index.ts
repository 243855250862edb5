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
// stdin and stderr are made on first use: a GET piped to a file reads no stdin and writes no stderr.
process.exitCode = await main(process.argv.slice(2), version, {
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  get stderr() {
    return process.stderr;
  },
  env: process.env,
});
