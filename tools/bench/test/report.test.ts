// The Markdown report and the target checks, on hand-made results (no server, no timing).
import { describe, expect, it } from 'vitest';
import { median } from '../src/measure/median.mjs';
import { formatNumber, scenarioTable, targetsTable } from '../src/report/markdown.mjs';
import { checkTargets } from '../src/report/targets.mjs';
import type { ScenarioResult } from '../src/run-scenario.mjs';

const metrics: ScenarioResult['metrics'] = [
  { key: 'rps', label: 'req/s', better: 'higher' },
  { key: 'cpuUsPerReq', label: 'CPU µs/req', better: 'lower' },
];

function row(
  name: string,
  rps: number,
  cpu: number,
  baseRps = 10_000,
  baseCpu = 100,
): ScenarioResult['rows'][number] {
  return {
    name,
    label: name,
    error: null,
    samples: { rps: [rps], cpuUsPerReq: [cpu] },
    median: { rps, cpuUsPerReq: cpu },
    ratio: { rps: rps / baseRps, cpuUsPerReq: cpu / baseCpu },
  };
}

const sequential: ScenarioResult = {
  id: 'sequential',
  title: '1. Sequential',
  baseline: 'undici-request',
  metrics,
  rows: [
    row('undici-request', 10_000, 100),
    row('reqs-session', 9_500, 110),
    row('axios', 4_000, 300),
    row('got', 5_000, 250),
    {
      name: 'node-fetch',
      label: 'node-fetch',
      error: 'unavailable: boom',
      samples: {},
      median: {},
      ratio: {},
    },
  ],
};

describe('median', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('scenarioTable', () => {
  it('prints each median with its ratio to the baseline, and errors as rows', () => {
    const table = scenarioTable(sequential);
    expect(table).toContain('### 1. Sequential');
    expect(table).toContain('| client | req/s (higher is better) | ÷ undici-request |');
    expect(table).toContain('| reqs-session | 9,500 | 0.95× | 110 | 1.10× |');
    expect(table).toContain('| node-fetch | unavailable: boom |');
  });

  it('formats numbers by magnitude', () => {
    expect(formatNumber(12_345.6)).toBe('12,346');
    expect(formatNumber(123.4)).toBe('123');
    expect(formatNumber(12.34)).toBe('12.3');
    expect(formatNumber(1.234)).toBe('1.23');
    expect(formatNumber(Number.NaN)).toBe('–');
  });
});

describe('checkTargets', () => {
  it('checks what was measured and marks the rest as not measured', () => {
    const targets = checkTargets([sequential]);
    const byName = new Map(targets.map((t) => [t.target, t]));
    expect(byName.get('Session sequential GETs: CPU/req ≤ 1.15 × undici.request')).toMatchObject({
      measured: 1.1,
      pass: true,
    });
    expect(byName.get('Session sequential GETs: req/s ≥ 2 × axios')).toMatchObject({ pass: true });
    expect(byName.get('Session sequential GETs: req/s ≥ 2 × got')?.pass).toBe(false);
    expect(byName.get('Cold import of reqs ≤ 1.5 × undici')).toMatchObject({ measured: null, pass: null });
    expect(targetsTable(targets)).toContain('| Session sequential GETs: req/s ≥ 2 × got | 1.90 | **miss** |');
  });
});
