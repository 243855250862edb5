// The same Quickstart flows file under Node, Bun and Deno, against an httpbin run here under Node.
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';

const FLOWS = fileURLToPath(new URL('./runtime/quickstart-flows.mjs', import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

/** An executable named `name` on PATH, or the path in `variable` (REQS_TEST_BUN, REQS_TEST_DENO); null if absent. */
function findBinary(name: string, variable: string): string | null {
  const candidates = [
    process.env[variable],
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name)),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return null;
}

function run(command: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd: PACKAGE_DIR, timeout: 40_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

const runtimes: [string, string | null, (url: string) => string[]][] = [
  ['Node', process.execPath, (url) => [FLOWS, url]],
  ['Bun', findBinary('bun', 'REQS_TEST_BUN'), (url) => [FLOWS, url]],
  [
    'Deno',
    findBinary('deno', 'REQS_TEST_DENO'),
    (url) => ['run', '--allow-net', '--allow-env', '--allow-read', FLOWS, url],
  ],
];

describe('the Quickstart flows on FetchAdapter, the same file on every runtime', () => {
  for (const [name, binary, args] of runtimes) {
    // .ci/run installs Bun and Deno from npm and sets REQS_TEST_BUN / REQS_TEST_DENO; without them (issue 19) these skip.
    it.skipIf(binary === null)(
      `runs under ${name}${binary === null ? ' (skipped: binary absent, issue 19)' : ''}`,
      { timeout: 60_000 },
      async () => {
        const bin = await startHttpbin();
        const results = JSON.parse(await run(binary!, args(bin.url)));
        expect(results).toEqual({
          getArgs: { q: 'a b' },
          postJson: { x: [1, 2] },
          postForm: { a: '1' },
          upload: { file: 'file contents' },
          streamedUpload: 'first,second',
          cookies: { a: '1', b: '2' },
          redirects: [302],
          streamedBytes: 50_000,
          gzipped: true,
          timeout: 'ReadTimeout',
          abortedWithReason: true,
          refusal: 'FetchUnsupportedError',
        });
      },
    );
  }
});
