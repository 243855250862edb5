// Peak resident-set growth over one operation: a 10 ms sampler plus the kernel's high-water
// mark (`maxRSS`), which catches a peak between two samples once it exceeds every earlier one.

const MiB = 1024 * 1024;

/** Collects garbage when `--expose-gc` is on, so the baseline holds no earlier garbage. */
export function collectGarbage() {
  /** @type {{ gc?: () => void }} */ (globalThis).gc?.();
}

/**
 * Runs `operation` and measures how far the RSS rose above the level before it.
 * @template T
 * @param {() => Promise<T>} operation
 * @returns {Promise<{ value: T, rssGrowthMiB: number, peakRssMiB: number }>}
 */
export async function measurePeakRss(operation) {
  collectGarbage();
  const baseline = process.memoryUsage.rss();
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 10);
  try {
    const value = await operation();
    const maxAfter = process.resourceUsage().maxRSS * 1024;
    peak = Math.max(peak, process.memoryUsage.rss(), maxAfter > maxBefore ? maxAfter : 0);
    return { value, rssGrowthMiB: Math.max(0, peak - baseline) / MiB, peakRssMiB: peak / MiB };
  } finally {
    clearInterval(sampler);
  }
}
