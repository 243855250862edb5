// Starts the bench server in a child process and hands back its origin and a stop function.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

/** @typedef {{ origin: string, stop: () => Promise<void> }} BenchServer */

const main = fileURLToPath(new URL('./main.mjs', import.meta.url));

/**
 * Spawns `main.mjs` and waits for the port it prints.
 * @returns {Promise<BenchServer>}
 */
export async function startServer() {
  const child = spawn(process.execPath, [main], { stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    let buffered = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench server exited early (code ${code})`)));
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const line = buffered.indexOf('\n');
      if (line !== -1) resolve(JSON.parse(buffered.slice(0, line)).port);
    });
  });
  child.removeAllListeners('exit');
  return {
    origin: `http://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
