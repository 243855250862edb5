// Shared vitest settings: every package's vitest.config.ts re-exports this.
// Two cores on the CI machines: keep parallelism modest and every test bounded.
//
// Switches (environment variables):
// - REQS_TEST_STALL=1: every worker's event loop is blocked 300 ms every 700 ms
//   (scripts/vitest-stall.ts), to prove the timing tests hold on a loaded machine.
// - REQS_TEST_PRECISION=1: also runs the precision suites (test/**/*.precision.test.ts),
//   whose tight time bounds hold only on an idle machine; excluded by default.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const setup = (name: string) => fileURLToPath(new URL(`./scripts/${name}`, import.meta.url));
const precision = process.env.REQS_TEST_PRECISION === '1';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: precision ? ['**/node_modules/**'] : ['**/node_modules/**', 'test/**/*.precision.test.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
    teardownTimeout: 5_000,
    pool: 'forks',
    maxWorkers: 2,
    setupFiles: [
      setup('vitest-setup.ts'),
      ...(process.env.REQS_TEST_STALL === '1' ? [setup('vitest-stall.ts')] : []),
    ],
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
