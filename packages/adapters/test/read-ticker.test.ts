// Fake timers: exact tick counts depend only on the ticker, never on how busy the machine is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadTicker } from '../src/read-ticker.js';

/** A target that counts its ticks and asks for `wanted` of them. */
function target(wanted: number) {
  const t = {
    ticks: 0,
    readTick: () => ++t.ticks < wanted,
  };
  return t;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('ReadTicker', () => {
  it('ticks its target every interval while the target asks for more', () => {
    const ticker = new ReadTicker();
    const a = target(3);
    ticker.start(a, 10);
    vi.advanceTimersByTime(9);
    expect(a.ticks).toBe(0);
    vi.advanceTimersByTime(1);
    expect(a.ticks).toBe(1);
    vi.advanceTimersByTime(110);
    expect(a.ticks).toBe(3);
    expect(vi.getTimerCount()).toBe(0);
    ticker.dispose();
  });

  it('a stopped target is never ticked again; the next exchange re-arms the same timer', () => {
    const ticker = new ReadTicker();
    const a = target(100);
    ticker.start(a, 10);
    vi.advanceTimersByTime(35);
    expect(a.ticks).toBe(3);
    ticker.stop(a);
    vi.advanceTimersByTime(40);
    expect(a.ticks).toBe(3);
    const b = target(2);
    ticker.start(b, 10);
    vi.advanceTimersByTime(60);
    expect(b.ticks).toBe(2);
    expect(a.ticks).toBe(3);
    ticker.dispose();
  });

  it('stop() of a target that was replaced leaves the new one ticking', () => {
    const ticker = new ReadTicker();
    const a = target(100);
    const b = target(2);
    ticker.start(a, 10);
    ticker.start(b, 10);
    ticker.stop(a);
    vi.advanceTimersByTime(60);
    expect(a.ticks).toBe(0);
    expect(b.ticks).toBe(2);
    ticker.dispose();
  });

  it('a new interval takes effect at once; dispose() stops everything', () => {
    const ticker = new ReadTicker();
    const a = target(100);
    ticker.start(a, 1_000);
    ticker.start(a, 10);
    vi.advanceTimersByTime(45);
    expect(a.ticks).toBe(4);
    ticker.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(a.ticks).toBe(4);
  });
});
