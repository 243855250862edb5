// A real tinyproxy (HTTP proxy with CONNECT) on 127.0.0.1, configured in a temporary directory.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBinary, getFreePort, startDaemonIn } from './daemon.js';

/** Options of {@link startTinyproxy}. */
export interface TinyproxyOptions {
  /** Require Basic proxy authentication with these credentials. */
  auth?: { username: string; password: string };
}

/** A running proxy daemon. */
export interface ProxyServer extends AsyncDisposable {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** The proxy URL without credentials, e.g. `http://127.0.0.1:8888`. */
  readonly url: string;
  /** The proxy URL with the configured credentials (same as `url` without auth). */
  readonly authUrl: string;
  /** What the daemon logged (its requests and errors). */
  log(): string;
  /** Stops the daemon and removes its configuration. */
  close(): Promise<void>;
}

/**
 * Starts tinyproxy in the foreground on a free port of 127.0.0.1. It forwards absolute-form
 * requests and tunnels CONNECT to any port; with `auth` it answers 407 without credentials.
 *
 * @throws Error naming the Debian package when tinyproxy is not installed.
 * @example
 * await using proxy = await startTinyproxy({ auth: { username: 'u', password: 'p' } });
 * // send through proxy.authUrl
 */
export async function startTinyproxy(options: TinyproxyOptions = {}): Promise<ProxyServer> {
  const binary = findBinary('tinyproxy', 'tinyproxy');
  const dir = await mkdtemp(join(tmpdir(), 'reqs-tinyproxy-'));
  const port = await getFreePort();
  const { auth } = options;
  const lines = [
    `Port ${port}`,
    'Listen 127.0.0.1',
    'Timeout 30',
    'MaxClients 64',
    'Allow 127.0.0.1',
    'LogLevel Connect',
    `PidFile "${join(dir, 'tinyproxy.pid')}"`,
    'DisableViaHeader Yes',
    ...(auth ? [`BasicAuth ${auth.username} ${auth.password}`] : []),
  ];
  const configFile = join(dir, 'tinyproxy.conf');
  await writeFile(configFile, `${lines.join('\n')}\n`);
  const { daemon, close } = await startDaemonIn(dir, binary, ['-d', '-c', configFile], port);
  const url = `http://127.0.0.1:${port}`;
  const credentials = auth
    ? `${encodeURIComponent(auth.username)}:${encodeURIComponent(auth.password)}@`
    : '';
  return {
    host: '127.0.0.1',
    port,
    url,
    authUrl: `http://${credentials}127.0.0.1:${port}`,
    log: daemon.output,
    close,
    [Symbol.asyncDispose]: close,
  };
}
