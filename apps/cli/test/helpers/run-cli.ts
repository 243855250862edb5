// Runs the built `reqs` binary as a child process, bounded in time.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The built binary. */
export const BIN = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

/** What a run printed and how it ended. */
export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  bytes: Buffer;
}

/** Options of one run: text for stdin (else stdin is /dev/null), extra environment, working directory. */
export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
  timeoutMs?: number;
  /** Under a terminal: types `text` once the output shows `when` (e.g. a prompt). */
  answer?: { when: string; text: string };
}

/** Runs `reqs ...args`; rejects when it outlives its time bound. */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, ...options.env };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const child = spawn(process.execPath, [BIN, ...args], {
    env,
    cwd: options.cwd,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`reqs ${args.join(' ')} did not finish in time`));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(out);
      resolve({ status, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes });
    });
  });
}

/** Runs `reqs ...args` under a real pseudo-terminal (util-linux `script`); returns what the terminal showed. */
export function runInTerminal(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const quoted = [process.execPath, BIN, ...args].map((w) => `'${w.replaceAll("'", `'\\''`)}'`).join(' ');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: undefined,
    TERM: 'xterm-256color',
    ...options.env,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  const child = spawn('script', ['-qfec', quoted, '/dev/null'], {
    env,
    cwd: options.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { answer } = options;
  if (!answer) child.stdin.end();
  let answered = false;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => {
    out.push(c);
    if (answer && !answered && Buffer.concat(out).toString('utf8').includes(answer.when)) {
      answered = true;
      child.stdin.end(answer.text);
    }
  });
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `script reqs ${args.join(' ')} did not finish in time; it showed ${JSON.stringify(Buffer.concat(out).toString())}`,
        ),
      );
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(out);
      resolve({ status, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes });
    });
  });
}
