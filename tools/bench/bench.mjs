#!/usr/bin/env node
// reqs bench (issue 8): `pnpm bench` from the repo root, or `node bench.mjs [--smoke]
// [--only <scenario,…>] [--clients <client,…>] [--out <file>]` here. Markdown tables go to
// stdout, progress to stderr, JSON to results/latest.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseOptions, usage } from './src/options.mjs';
import { runBench } from './src/run-bench.mjs';

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  console.log(usage);
} else {
  const results = await runBench(options, {
    out: (text) => process.stdout.write(`\n${text}`),
    log: (line) => process.stderr.write(`[bench] ${line}\n`),
  });
  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stderr.write(`[bench] ${results.durationSeconds.toFixed(1)} s; JSON written to ${options.out}\n`);
}
