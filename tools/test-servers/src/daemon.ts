// Runs a real daemon (tinyproxy, danted) in the foreground on a free loopback port.
import { type ChildProcess, spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { delimiter, join } from 'node:path';

/** A daemon process listening on 127.0.0.1. */
export interface Daemon {
  readonly port: number;
  /** Everything the daemon wrote to stdout and stderr so far (bounded). */
  output(): string;
  /** Stops the daemon (SIGTERM, then SIGKILL after 2 s) and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Finds an executable by name on PATH and in the sbin directories (where Debian puts danted).
 *
 * @throws Error naming the Debian package to install when the binary is missing.
 */
export function findBinary(name: string, debianPackage: string): string {
  const dirs = [
    ...(process.env.PATH ?? '').split(delimiter),
    '/usr/sbin',
    '/usr/bin',
    '/sbin',
    '/usr/local/sbin',
  ];
  for (const dir of dirs) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // keep looking
    }
  }
  throw new Error(`${name} is not installed: run \`apt-get install ${debianPackage}\` (.ci/run installs it)`);
}

/** Asks the kernel for a free TCP port on 127.0.0.1 (released before returning). */
export function getFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Spawns `file args…` and resolves once `port` accepts connections (within 10 s). */
export async function startDaemon(file: string, args: readonly string[], port: number): Promise<Daemon> {
  // Its own process group, so stopping it also stops the children it forks (danted does).
  const child = spawn(file, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const collect = (chunk: Buffer) => {
    if (output.length < 64_000) output += chunk.toString();
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let spawnError: Error | null = null;
  child.once('error', (error) => {
    spawnError = error;
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      signalGroup(child, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), 2000);
      await exited(child);
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (spawnError !== null || child.exitCode !== null) break;
    if (await portAccepts(port)) return { port, output: () => output, stop };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await stop();
  throw new Error(`${file} did not start listening on 127.0.0.1:${port}: ${spawnError ?? ''}\n${output}`);
}

/** A daemon run from a temporary folder (its config, pid file): `close` stops it and removes the folder. */
export interface FolderDaemon {
  readonly daemon: Daemon;
  close(): Promise<void>;
}

/**
 * {@link startDaemon} for a daemon whose files live in `dir`: the folder is removed when the
 * daemon is closed, or at once when it fails to start.
 */
export async function startDaemonIn(
  dir: string,
  file: string,
  args: readonly string[],
  port: number,
): Promise<FolderDaemon> {
  const removeDir = () => rm(dir, { recursive: true, force: true });
  try {
    const daemon = await startDaemon(file, args, port);
    return {
      daemon,
      close: async () => {
        await daemon.stop();
        await removeDir();
      },
    };
  } catch (error) {
    await removeDir();
    throw error;
  }
}
