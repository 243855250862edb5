// The median of a list of samples (the mean of the middle two for an even count).

/**
 * @param {readonly number[]} samples
 * @returns {number} NaN for no samples
 */
export function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? Number.NaN) + upper) / 2;
}
