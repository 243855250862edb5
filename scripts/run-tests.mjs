#!/usr/bin/env node
// Runs every package's tests through turbo, then prints one line summed over all
// packages: "N passed, N failed" (read from each package's vitest JSON report).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const workspaceDirs = ['packages', 'apps', 'tools', 'examples'].flatMap((group) => {
  const dir = join(root, group);
  return existsSync(dir) ? readdirSync(dir).map((name) => join(dir, name)) : [];
});
// docs/ is a workspace package of its own (the site and the tests of its examples).
workspaceDirs.push(join(root, 'docs'));

for (const dir of workspaceDirs) rmSync(join(dir, '.reports'), { recursive: true, force: true });

const extra = process.argv.slice(2);
const turbo = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=1', '--force', ...extra],
  { stdio: 'inherit', cwd: root },
);

let passed = 0;
let failed = 0;
const missing = [];
for (const dir of workspaceDirs) {
  const pkgFile = join(dir, 'package.json');
  if (!existsSync(pkgFile)) continue;
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
  if (!pkg.scripts?.test) continue;
  const report = join(dir, '.reports', 'vitest.json');
  if (!existsSync(report)) {
    missing.push(pkg.name);
    continue;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests ?? 0;
  failed += result.numFailedTests ?? 0;
  // A suite that failed to load (syntax error, import failure) has no tests to count.
  failed += (result.testResults ?? []).filter(
    (s) => s.status === 'failed' && s.assertionResults?.length === 0,
  ).length;
}
for (const name of missing) {
  console.error(`no test report from ${name}: its test run did not complete`);
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(turbo.status === 0 && failed === 0 ? 0 : 1);
