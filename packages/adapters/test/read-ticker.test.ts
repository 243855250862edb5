import { describe, expect, it } from 'vitest';
import { ReadTicker } from '../src/read-ticker.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A target that counts its ticks and asks for `wanted` of them. */
function target(wanted: number) {
  const t = {
    ticks: 0,
    readTick: () => ++t.ticks < wanted,
  };
  return t;
}

describe('ReadTicker', () => {
  it('ticks its target every interval while the target asks for more', async () => {
    const ticker = new ReadTicker();
    const a = target(3);
    ticker.start(a, 10);
    await sleep(120);
    expect(a.ticks).toBe(3);
    ticker.dispose();
  });

  it('a stopped target is never ticked again; the next exchange re-arms the same timer', async () => {
    const ticker = new ReadTicker();
    const a = target(100);
    ticker.start(a, 10);
    await sleep(35);
    ticker.stop(a);
    const seen = a.ticks;
    await sleep(40);
    expect(a.ticks).toBe(seen);
    const b = target(2);
    ticker.start(b, 10);
    await sleep(60);
    expect(b.ticks).toBe(2);
    expect(a.ticks).toBe(seen);
    ticker.dispose();
  });

  it('stop() of a target that was replaced leaves the new one ticking', async () => {
    const ticker = new ReadTicker();
    const a = target(100);
    const b = target(2);
    ticker.start(a, 10);
    ticker.start(b, 10);
    ticker.stop(a);
    await sleep(60);
    expect(a.ticks).toBe(0);
    expect(b.ticks).toBe(2);
    ticker.dispose();
  });

  it('a new interval takes effect at once; dispose() stops everything', async () => {
    const ticker = new ReadTicker();
    const a = target(100);
    ticker.start(a, 1_000);
    ticker.start(a, 10);
    await sleep(45);
    expect(a.ticks).toBeGreaterThanOrEqual(2);
    ticker.dispose();
    const seen = a.ticks;
    await sleep(30);
    expect(a.ticks).toBe(seen);
  });
});
