// CI's proof that the bench still works: `node bench.mjs --smoke` in a child process must
// finish and report every scenario and every client with numbers. Benchmarks are never timed
// tests: nothing here compares speeds.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { clients } from '../src/clients/index.mjs';
import { scenarios } from '../src/scenarios/index.mjs';
import { smokeSettings } from '../src/settings.mjs';

const bench = fileURLToPath(new URL('../bench.mjs', import.meta.url));

interface Row {
  name: string;
  error: string | null;
  median: Record<string, number>;
}
interface Results {
  mode: string;
  scenarios: Record<string, { rows: Row[]; metrics: { key: string }[] }>;
  targets: unknown[];
}

describe('bench --smoke', () => {
  it('runs every scenario for every client and writes positive numbers', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'reqs-bench-smoke-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const out = join(dir, 'latest.json');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', bench, '--smoke', '--out', out],
      {
        timeout: 110_000,
        killSignal: 'SIGKILL',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const results = JSON.parse(readFileSync(out, 'utf8')) as Results;
    expect(results.mode).toBe('smoke');
    expect(Object.keys(results.scenarios).sort()).toEqual(scenarios.map((s) => s.id).sort());
    for (const scenario of scenarios) {
      const result = results.scenarios[scenario.id];
      expect(result, scenario.id).toBeDefined();
      const expected = scenario.rows(clients);
      expect(result?.rows.map((r) => r.name)).toEqual(expected);
      for (const row of result?.rows ?? []) {
        const where = `${scenario.id} / ${row.name}`;
        expect(row.error, where).toBeNull();
        const [headline, ...others] = scenario.metrics;
        expect(row.median[headline?.key ?? ''], where).toBeGreaterThan(0);
        for (const metric of others) expect(row.median[metric.key], where).toBeGreaterThanOrEqual(0);
      }
      expect(stdout).toContain(`### ${scenario.title(smokeSettings)}\n`);
    }
    expect(results.targets.length).toBeGreaterThan(0);
  });
});
