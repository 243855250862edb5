#!/usr/bin/env node
// Cold start: the wall time of `import(argv[2])` in this fresh process, in ms. Fails when the
// module lacks the export named by argv[3], so a half-built package is not timed as fast.
const specifier = process.argv[2] ?? '';
const exportName = process.argv[3] ?? 'default';
const start = performance.now();
const mod = await import(specifier);
const importMs = performance.now() - start;
if (mod[exportName] === undefined) {
  process.stderr.write(`${specifier} has no export ${exportName} yet\n`);
  process.exit(1);
}
process.stdout.write(`${JSON.stringify({ importMs })}\n`);
