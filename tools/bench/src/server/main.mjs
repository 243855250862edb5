#!/usr/bin/env node
// The bench server, run in its own process so its CPU never counts against a client: plain
// node:http with keep-alive on 127.0.0.1, port 0. Prints `{"port":N}` on stdout once listening
// and exits on SIGTERM or when its parent's IPC channel/stdin closes.
import { createServer } from 'node:http';
import { route } from './routes.mjs';

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000, requestTimeout: 0 }, route);
// Many connections at once (module-level calls open one each): never let headers time out.
server.headersTimeout = 0;
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  process.stdout.write(`${JSON.stringify({ port })}\n`);
});

const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent holds our stdin open: when it dies without a signal, stdin ends and we go too.
process.stdin.on('end', stop);
process.stdin.resume();
