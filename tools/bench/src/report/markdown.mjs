// Markdown tables: one per scenario (each row's median and its ratio to the baseline) and
// one for issue 8's targets.
/**
 * 12,345 · 123 · 12.3 · 1.23
 * @param {number | undefined} value
 */
export function formatNumber(value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** @param {number | null | undefined} ratio */
const formatRatio = (ratio) => (ratio === null || ratio === undefined ? '–' : `${ratio.toFixed(2)}×`);

/** @param {string} text */
const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * @param {import('../run-scenario.mjs').ScenarioResult} result
 * @returns {string}
 */
export function scenarioTable(result) {
  const base = result.rows.find((r) => r.name === result.baseline)?.label ?? result.baseline;
  const head = [
    'client',
    ...result.metrics.flatMap((m) => [`${m.label} (${m.better} is better)`, `÷ ${base}`]),
  ];
  const lines = [
    `### ${result.title}`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`,
  ];
  for (const row of result.rows) {
    const cells =
      row.error !== null
        ? [cell(row.error), ...Array.from({ length: head.length - 2 }, () => '')]
        : result.metrics.flatMap((m) => [formatNumber(row.median[m.key]), formatRatio(row.ratio[m.key])]);
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * @param {import('./targets.mjs').TargetResult[]} targets
 * @returns {string}
 */
export function targetsTable(targets) {
  const lines = ['### Issue 8 targets', '', '| target | measured | result |', '|---|--:|---|'];
  for (const t of targets) {
    const verdict = t.pass === null ? 'not measured' : t.pass ? 'pass' : '**miss**';
    lines.push(`| ${t.target} | ${t.measured === null ? '–' : formatNumber(t.measured)} | ${verdict} |`);
  }
  return `${lines.join('\n')}\n`;
}
