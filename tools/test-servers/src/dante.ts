// A real Dante SOCKS5 server (danted) on 127.0.0.1, configured in a temporary directory.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBinary, getFreePort, startDaemonIn } from './daemon.js';
import type { ProxyServer } from './tinyproxy.js';

function danteConfig(port: number): string {
  // As root danted wants to know whom to switch to; as another user these lines must go.
  const asRoot = process.getuid?.() === 0;
  return [
    'logoutput: stderr',
    `internal: 127.0.0.1 port = ${port}`,
    'external: 127.0.0.1',
    'socksmethod: none',
    'clientmethod: none',
    ...(asRoot ? ['user.privileged: root', 'user.unprivileged: nobody'] : []),
    'client pass {',
    '  from: 127.0.0.0/8 to: 0.0.0.0/0',
    '}',
    'socks pass {',
    '  from: 127.0.0.0/8 to: 0.0.0.0/0',
    '  command: connect',
    '}',
    '',
  ].join('\n');
}

/**
 * Starts danted (SOCKS5, no authentication, CONNECT only) in the foreground on a free port of
 * 127.0.0.1; `url` is `socks5://127.0.0.1:<port>`.
 *
 * @throws Error naming the Debian package when danted is not installed.
 * @example
 * await using socks = await startDante();
 * // send with proxies: { all: socks.url.replace('socks5:', 'socks5h:') }
 */
export async function startDante(): Promise<ProxyServer> {
  const binary = findBinary('danted', 'dante-server');
  const dir = await mkdtemp(join(tmpdir(), 'reqs-dante-'));
  const port = await getFreePort();
  const configFile = join(dir, 'danted.conf');
  await writeFile(configFile, danteConfig(port));
  const { daemon, close } = await startDaemonIn(
    dir,
    binary,
    ['-f', configFile, '-p', join(dir, 'danted.pid')],
    port,
  );
  const url = `socks5://127.0.0.1:${port}`;
  return {
    host: '127.0.0.1',
    port,
    url,
    authUrl: url,
    log: daemon.output,
    close,
    [Symbol.asyncDispose]: close,
  };
}
