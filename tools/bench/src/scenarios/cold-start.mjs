// Cold start: `import()` of each library in a fresh process (reqs against undici alone).
import { fileURLToPath } from 'node:url';
import { runChild } from '../child/run-child.mjs';

const script = fileURLToPath(new URL('../child/cold-import.mjs', import.meta.url));

/** An export each library must have, so an empty or half-built module cannot pass as fast. */
/** @type {Record<string, string>} */
const expectedExport = {
  reqs: 'get',
  undici: 'request',
  axios: 'default',
  got: 'default',
  'node-fetch': 'default',
};

/** @type {import('./scenario.mjs').Scenario} */
export const coldStart = {
  id: 'cold-start',
  group: 'cold-start',
  title: (settings) => `7. Cold start: import() in a fresh process (median of ${settings.coldRuns})`,
  baseline: 'undici',
  metrics: [{ key: 'importMs', label: 'import ms', better: 'lower' }],
  rows: (clients) => {
    const libraries = new Set(['undici']);
    for (const c of clients) if (c.library !== null) libraries.add(c.library);
    return [...libraries];
  },
  label: (row) => `import('${row}')`,
  rounds: (settings) => settings.coldRuns,
  async measure(ctx, row) {
    const { importMs = Number.NaN } = await runChild(script, [row, expectedExport[row] ?? 'default'], {
      timeoutMs: ctx.settings.timeoutMs,
    });
    return { importMs };
  },
};
