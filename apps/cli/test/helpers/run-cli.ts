// Runs the built `reqs` binary as a child process, bounded in time.
import { type ChildProcess, spawn } from 'node:child_process';
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
  const child = spawn(process.execPath, [BIN, ...args], {
    env: childEnv(options.env),
    cwd: options.cwd,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) child.stdin!.end(options.input);
  const out: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => out.push(c));
  return finished(child, out, options, () => `reqs ${args.join(' ')} did not finish in time`);
}

/** Runs `reqs ...args` under a real pseudo-terminal (util-linux `script`); returns what the terminal showed. */
export function runInTerminal(args: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const quoted = [process.execPath, BIN, ...args].map((w) => `'${w.replaceAll("'", `'\\''`)}'`).join(' ');
  const child = spawn('script', ['-qfec', quoted, '/dev/null'], {
    env: childEnv({ TERM: 'xterm-256color', ...options.env }),
    cwd: options.cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { answer } = options;
  if (!answer) child.stdin.end();
  let answered = false;
  const out: Buffer[] = [];
  child.stdout!.on('data', (c: Buffer) => {
    out.push(c);
    if (answer && !answered && Buffer.concat(out).toString('utf8').includes(answer.when)) {
      answered = true;
      child.stdin.end(answer.text);
    }
  });
  const shown = () => JSON.stringify(Buffer.concat(out).toString());
  return finished(
    child,
    out,
    options,
    () => `script reqs ${args.join(' ')} did not finish in time; it showed ${shown()}`,
  );
}

/** This process's environment without NO_COLOR, `extra` over it (an undefined value removes the variable). */
function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: undefined, ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/**
 * What `child` printed (`out`: its stdout, filled by the caller) once it exits; kills it and
 * rejects with `timedOut()` when it outlives `options.timeoutMs` (30 s).
 */
function finished(
  child: ChildProcess,
  out: Buffer[],
  options: RunOptions,
  timedOut: () => string,
): Promise<CliResult> {
  const err: Buffer[] = [];
  child.stderr!.on('data', (c: Buffer) => err.push(c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(timedOut()));
    }, options.timeoutMs ?? 30_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      const bytes = Buffer.concat(out);
      resolve({ status, stdout: bytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), bytes });
    });
  });
}
