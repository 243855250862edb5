// Fails the running test when anything rejected without a handler during it (or leaked into it).
import { afterEach } from 'vitest';

const unhandled: unknown[] = [];

process.on('unhandledRejection', (reason) => {
  unhandled.push(reason);
});

afterEach(async () => {
  // Rejections are reported after the microtask queue drains: give them two turns to surface.
  await new Promise((resolve) => setTimeout(resolve, 10));
  await new Promise((resolve) => setImmediate(resolve));
  if (unhandled.length === 0) return;
  const reasons = unhandled
    .splice(0)
    .map((r) => (r instanceof Error ? `${r.name}: ${r.message}` : String(r)));
  throw new Error(`unhandled rejection(s) during this test: ${reasons.join(' | ')}`);
});
