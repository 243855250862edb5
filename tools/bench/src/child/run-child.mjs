// Runs a Node script in a fresh process and returns the JSON it prints last on stdout.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * @param {string} script absolute path
 * @param {string[]} args
 * @param {{ timeoutMs: number, nodeArgs?: string[] }} options
 * @returns {Promise<Record<string, number>>}
 */
export async function runChild(script, args, { timeoutMs, nodeArgs = [] }) {
  try {
    const { stdout } = await execFileAsync(process.execPath, [...nodeArgs, script, ...args], {
      timeout: timeoutMs,
      killSignal: 'SIGKILL',
      maxBuffer: 1024 * 1024,
    });
    const lines = stdout.trim().split('\n');
    return JSON.parse(lines[lines.length - 1] ?? '');
  } catch (error) {
    const failure = /** @type {{ killed?: boolean, stderr?: string, message: string }} */ (error);
    if (failure.killed) throw new Error(`timed out after ${timeoutMs} ms`);
    const stderr = failure.stderr?.trim();
    throw new Error(stderr ? (stderr.split('\n').at(-1) ?? stderr) : failure.message);
  }
}
