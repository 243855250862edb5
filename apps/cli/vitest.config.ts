// Each test runs the built binary a few times; a cold start takes seconds on a loaded machine.
import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(shared, { test: { testTimeout: 60_000 } });
