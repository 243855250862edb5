// The HTTP/2 bench server (a child process): TLS with the certificate files given, h2 and HTTP/1.1
// by ALPN, `GET /small` answers a precomputed 57-byte JSON. Prints `{"port":N}` when listening,
// and `{"cpuUs":N}` (its own CPU time so far) for each `cpu` line read on stdin.
import { readFileSync } from 'node:fs';
import { createSecureServer } from 'node:http2';

const [certFile = '', keyFile = ''] = process.argv.slice(2);
const small = Buffer.from(JSON.stringify({ ok: true, items: [1, 2, 3], message: 'small response' }));
const server = createSecureServer(
  { cert: readFileSync(certFile), key: readFileSync(keyFile), allowHTTP1: true },
  (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': small.length });
    res.end(small);
  },
);
server.listen(0, '127.0.0.1', () => {
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});
process.stdin.on('data', (chunk) => {
  for (const line of String(chunk).split('\n')) {
    if (line !== 'cpu') continue;
    const { user, system } = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ cpuUs: user + system })}\n`);
  }
});
process.stdin.on('end', () => process.exit(0));
