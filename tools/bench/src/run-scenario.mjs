// Runs one scenario over its rows in interleaved rounds — round 1 in table order, round 2
// reversed, and so on — so that drift (thermal, page cache, JIT, GC) spreads over every
// client instead of landing on whichever runs last. A row that fails once is reported as
// unavailable with its error and skipped for the remaining rounds.
import { median } from './measure/median.mjs';
import { collectGarbage } from './measure/peak-rss.mjs';
import { withTimeout } from './measure/with-timeout.mjs';

/**
 * @typedef {object} RowResult
 * @property {string} name
 * @property {string} label
 * @property {string | null} error `unavailable: …` when the row could not be measured
 * @property {Record<string, number[]>} samples one value per round, by metric key
 * @property {Record<string, number>} median by metric key
 * @property {Record<string, number | null>} ratio median ÷ the baseline's median, by metric key
 */

/**
 * @typedef {object} ScenarioResult
 * @property {string} id
 * @property {string} title
 * @property {string} baseline
 * @property {import('./scenarios/scenario.mjs').Metric[]} metrics
 * @property {RowResult[]} rows
 */

/**
 * @param {import('./scenarios/scenario.mjs').Scenario} scenario
 * @param {import('./scenarios/scenario.mjs').BenchContext} ctx
 * @param {readonly import('./clients/driver.mjs').ClientSpec[]} clients
 * @param {(line: string) => void} log progress
 * @returns {Promise<ScenarioResult>}
 */
export async function runScenario(scenario, ctx, clients, log) {
  const names = scenario.rows(clients);
  /** @type {Map<string, RowResult>} */
  const rows = new Map(names.map((name) => [name, emptyRow(name, scenario)]));
  const rounds = scenario.rounds(ctx.settings);
  const limit = ctx.settings.timeoutMs + ctx.settings.warmupMs + ctx.settings.roundMs;
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const row = /** @type {RowResult} */ (rows.get(name));
      if (row.error !== null) continue;
      collectGarbage();
      try {
        const values = await withTimeout(scenario.measure(ctx, name, round), limit, `${scenario.id} ${name}`);
        for (const metric of scenario.metrics)
          row.samples[metric.key]?.push(values[metric.key] ?? Number.NaN);
      } catch (error) {
        row.error = `unavailable: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    log(`${scenario.id}: round ${round + 1}/${rounds} done`);
  }
  return summarize(scenario, ctx, [...rows.values()]);
}

/**
 * @param {string} name
 * @param {import('./scenarios/scenario.mjs').Scenario} scenario
 * @returns {RowResult}
 */
function emptyRow(name, scenario) {
  return {
    name,
    label: scenario.label(name),
    error: null,
    samples: Object.fromEntries(scenario.metrics.map((m) => [m.key, []])),
    median: {},
    ratio: {},
  };
}

/**
 * Medians, then ratios to the baseline row.
 * @param {import('./scenarios/scenario.mjs').Scenario} scenario
 * @param {import('./scenarios/scenario.mjs').BenchContext} ctx
 * @param {RowResult[]} rows
 * @returns {ScenarioResult}
 */
function summarize(scenario, ctx, rows) {
  for (const row of rows) {
    if (row.error !== null) continue;
    for (const metric of scenario.metrics) row.median[metric.key] = median(row.samples[metric.key] ?? []);
  }
  const base = rows.find((r) => r.name === scenario.baseline);
  for (const row of rows) {
    for (const metric of scenario.metrics) {
      const value = row.median[metric.key];
      const reference = base?.median[metric.key];
      const usable = value !== undefined && reference !== undefined && reference > 0;
      row.ratio[metric.key] = usable ? value / reference : null;
    }
  }
  return {
    id: scenario.id,
    title: scenario.title(ctx.settings),
    baseline: scenario.baseline,
    metrics: scenario.metrics,
    rows,
  };
}
