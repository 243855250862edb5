#!/usr/bin/env node
/** `pnpm httpbin [--port 8080] [--host 127.0.0.1] [--tls]`: runs the server until interrupted. */
import { parseArgs } from 'node:util';
import { startServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    tls: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log('Usage: httpbin [--port 8080] [--host 127.0.0.1] [--tls]');
  process.exit(0);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`httpbin: invalid --port ${values.port}`);
  process.exit(2);
}

const server = await startServer({ port, host: values.host, tls: values.tls });
console.log(`httpbin listening on ${server.url}`);
if (server.caFile) console.log(`CA certificate: ${server.caFile}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
