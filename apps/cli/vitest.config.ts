// Each test runs the built binary a few times; a cold start takes seconds on a loaded machine
// (each run is bounded at 30 s, a test at 180 s).
import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(shared, { test: { testTimeout: 180_000 } });
