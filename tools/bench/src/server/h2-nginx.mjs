// nginx as the HTTP/2 bench server (Debian's package): one worker, TLS with h2 and HTTP/1.1 by
// ALPN, `GET /small` answers the same 57-byte JSON as h2-main.mjs from nginx itself. Its CPU
// time is read from /proc (clock ticks of 10 ms: rounds must be long enough to count).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';

const SMALL = JSON.stringify({ ok: true, items: [1, 2, 3], message: 'small response' });

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** True once something accepts connections on the port. */
function accepts(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts nginx on 127.0.0.1 with `cert`/`key` (files) in `dir` (a temporary directory the
 * caller removes).
 * @param {string} dir
 * @param {string} cert
 * @param {string} key
 * @returns {Promise<{ origin: string, cpuUs: () => Promise<number>, stop: () => void }>}
 */
export async function startNginxH2(dir, cert, key) {
  const port = /** @type {number} */ (await freePort());
  const temp = (/** @type {string} */ name) => `${name}_temp_path ${join(dir, name)};`;
  const config = `daemon off; master_process off; worker_processes 1; pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join(' ')}
  keepalive_requests 100000000;
  server {
    listen 127.0.0.1:${port} ssl http2;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    location /small { default_type application/json; return 200 '${SMALL}'; }
  }
}
`;
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const child = spawn('nginx', ['-p', dir, '-e', 'stderr', '-c', file], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin` },
  });
  for (let attempt = 0; !(await accepts(port)); attempt++) {
    if (attempt === 200 || child.exitCode !== null)
      throw new Error('nginx did not start (Debian package nginx)');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const cpuUs = async () => {
    // /proc/<pid>/stat: utime and stime are fields 14 and 15, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  };
  return { origin: `https://localhost:${port}`, cpuUs, stop: () => child.kill('SIGTERM') };
}
