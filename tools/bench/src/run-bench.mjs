// The whole run: start the server, run every selected scenario in order, stop the server,
// and hand back the results (tables are printed as each scenario finishes).
import { cpus } from 'node:os';
import { createBenchContext } from './bench-context.mjs';
import { scenarioTable, targetsTable } from './report/markdown.mjs';
import { checkTargets } from './report/targets.mjs';
import { runScenario } from './run-scenario.mjs';
import { startServer } from './server/start-server.mjs';

/**
 * @param {import('./options.mjs').BenchOptions} options
 * @param {{ out: (text: string) => void, log: (line: string) => void }} io
 */
export async function runBench(options, io) {
  const server = await startServer();
  const { ctx, close } = createBenchContext(server.origin, options.settings);
  const started = performance.now();
  /** @type {import('./run-scenario.mjs').ScenarioResult[]} */
  const results = [];
  try {
    io.out(`## reqs bench${options.smoke ? ' (smoke: numbers are noise)' : ''}\n`);
    io.out(
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; medians; ratio = value ÷ raw undici.request.\n`,
    );
    for (const scenario of options.scenarios) {
      const result = await runScenario(scenario, ctx, options.clients, io.log);
      results.push(result);
      io.out(scenarioTable(result));
    }
  } finally {
    await close();
    await server.stop();
  }
  const targets = checkTargets(results);
  io.out(targetsTable(targets));
  return {
    generatedAt: new Date().toISOString(),
    mode: options.smoke ? 'smoke' : 'full',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    durationSeconds: (performance.now() - started) / 1000,
    settings: options.settings,
    clients: options.clients.map((c) => ({ name: c.name, label: c.label })),
    scenarios: Object.fromEntries(results.map((r) => [r.id, r])),
    targets,
  };
}
