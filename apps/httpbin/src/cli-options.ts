/** The command line of `pnpm httpbin`: `--port 8080 --host 127.0.0.1 --tls`. */
import { parseArgs } from 'node:util';
import type { StartOptions } from './server.js';

/** What the command line asks for: start a server, or print the usage. */
export type CliCommand = { help: true } | { help: false; options: Required<StartOptions> };

/** The usage line. */
export const USAGE = 'Usage: httpbin [--port 8080] [--host 127.0.0.1] [--tls]';

/** Parses `argv` (without node and the script); throws a TypeError naming a bad value. */
export function parseCli(argv: readonly string[]): CliCommand {
  // `pnpm start -- --port 9000` passes the `--` through.
  const args = argv[0] === '--' ? argv.slice(1) : [...argv];
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', short: 'p', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      tls: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return { help: true };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) throw new TypeError(`invalid --port ${values.port}`);
  return { help: false, options: { port, host: values.host, tls: values.tls } };
}
