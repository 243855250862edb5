// Command-line flags: --smoke, --only <groups>, --clients <names>, --out <file>, --help.
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BASELINE, clientByName, clients } from './clients/index.mjs';
import { scenarioGroups, scenarios } from './scenarios/index.mjs';
import { fullSettings, smokeSettings } from './settings.mjs';

export const usage = `Usage: node bench.mjs [--smoke] [--only <scenario,…>] [--clients <client,…>] [--out <file>]

  --smoke     every scenario with tiny counts (< 30 s); proves the bench works, numbers are noise
  --only      scenarios: ${scenarioGroups.join(', ')}
  --clients   clients: ${clients.map((c) => c.name).join(', ')}
              (${BASELINE} is always measured: every ratio is taken against it)
  --out       JSON results file (default results/latest.json)`;

/**
 * @typedef {object} BenchOptions
 * @property {boolean} smoke
 * @property {import('./scenarios/scenario.mjs').Settings} settings
 * @property {readonly import('./scenarios/scenario.mjs').Scenario[]} scenarios
 * @property {readonly import('./clients/driver.mjs').ClientSpec[]} clients
 * @property {string} out
 * @property {boolean} help
 */

/** @param {string | undefined} value */
const list = (value) =>
  (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * @param {string[]} argv arguments after the script name
 * @returns {BenchOptions}
 */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      smoke: { type: 'boolean', default: false },
      only: { type: 'string' },
      clients: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  const only = list(values.only);
  for (const group of only) {
    if (!scenarioGroups.includes(group))
      throw new Error(`unknown scenario ${group}; known: ${scenarioGroups}`);
  }
  const names = list(values.clients);
  const picked =
    names.length === 0 ? clients : clients.filter((c) => c.name === BASELINE || names.includes(c.name));
  for (const name of names) clientByName(name);
  return {
    smoke: values.smoke,
    settings: values.smoke ? smokeSettings : fullSettings,
    scenarios: only.length === 0 ? scenarios : scenarios.filter((s) => only.includes(s.group)),
    clients: picked,
    out: values.out ?? fileURLToPath(new URL('../results/latest.json', import.meta.url)),
    help: values.help,
  };
}
