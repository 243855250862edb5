#!/usr/bin/env node
/** `pnpm httpbin [--port 8080] [--host 127.0.0.1] [--tls]`: runs the server until interrupted. */
import { parseCli, USAGE } from './cli-options.js';
import { startServer } from './server.js';

let command: ReturnType<typeof parseCli>;
try {
  command = parseCli(process.argv.slice(2));
} catch (error) {
  console.error(`httpbin: ${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}

if (command.help) {
  console.log(USAGE);
} else {
  const server = await startServer(command.options);
  console.log(`httpbin listening on ${server.url}`);
  if (server.caFile) console.log(`CA certificate: ${server.caFile}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void server.close().then(() => process.exit(0)));
  }
}
