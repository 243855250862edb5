import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineConfig({
    test: {
      setupFiles: [fileURLToPath(new URL('./test/setup/fail-on-unhandled.ts', import.meta.url))],
    },
  }),
);
