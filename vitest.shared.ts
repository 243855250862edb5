// Shared vitest settings: every package's vitest.config.ts re-exports this.
// Two cores on the CI machines: keep parallelism modest and every test bounded.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 15_000,
    hookTimeout: 15_000,
    teardownTimeout: 5_000,
    pool: 'forks',
    maxWorkers: 2,
    setupFiles: [fileURLToPath(new URL('./scripts/vitest-setup.ts', import.meta.url))],
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
});
