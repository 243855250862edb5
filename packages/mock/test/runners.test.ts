// The package needs no test-runner plugin: the node:test example runs as is.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

describe('other test runners', () => {
  it('node:test runs test/examples/node-test.mjs, both tests passing', () => {
    const run = spawnSync(process.execPath, ['--test', 'test/examples/node-test.mjs'], {
      cwd: packageDir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stdout).toMatch(/# pass 2/);
    expect(run.stdout).toMatch(/# fail 0/);
    expect(run.status).toBe(0);
  });
});
