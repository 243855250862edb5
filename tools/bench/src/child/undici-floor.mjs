#!/usr/bin/env node
// The floor under the `reqs` command (cli-vs-httpie.mjs): the least a Node program does for the
// same exchange on the transport reqs uses — undici's Client (loaded from its own module, as
// @reqs/adapters does, with the same WebAssembly tiering budget as the command), one GET, the
// body to stdout or, with FILE, to that file with a synchronous write per chunk. No options, no
// headers beyond undici's own, no checks: what is left of a `reqs` run once reqs itself is gone.
//   node undici-floor.mjs URL [FILE]
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--wasm-tiering-budget=2000000000');
const Client = createRequire(import.meta.url)('undici/lib/dispatcher/client.js');
const [href = '', file] = process.argv.slice(2);
const url = new URL(href);
const fd = file === undefined ? 1 : openSync(file, 'w');
const client = new Client(url.origin);
client.dispatch(
  { method: 'GET', path: url.pathname + url.search, headers: { 'accept-encoding': 'identity' } },
  {
    onConnect() {},
    onHeaders: () => true,
    /** @param {Buffer} chunk */
    onData(chunk) {
      writeSync(fd, chunk);
      return true;
    },
    onComplete() {
      if (fd !== 1) closeSync(fd);
      client.destroy();
    },
    /** @param {Error} error */
    onError(error) {
      console.error(error);
      process.exit(1);
    },
  },
);
