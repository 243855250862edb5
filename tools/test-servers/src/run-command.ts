// Runs a system command and fails with a message naming the command and its stderr.
import { execFile } from 'node:child_process';

/** Runs `file args…`; rejects with an error that quotes the command line and its stderr. */
export function runCommand(file: string, args: readonly string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { cwd, timeout: 30_000 }, (error, stdout, stderr) => {
      if (error) {
        const hint = (error as NodeJS.ErrnoException).code === 'ENOENT' ? ` (is ${file} installed?)` : '';
        reject(
          new Error(`${file} ${args.join(' ')} failed${hint}: ${stderr || error.message}`, { cause: error }),
        );
        return;
      }
      resolve(stdout);
    });
  });
}
