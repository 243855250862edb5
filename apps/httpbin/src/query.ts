/** Query parameters read the way httpbin reads them: names case-insensitive, numbers leniently. */
import type { Exchange } from './exchange.js';

/** The first value of `name` (case-insensitive), or `null`. */
export function queryParam(ex: Exchange, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of ex.query) if (key.toLowerCase() === wanted) return value;
  return null;
}

/** A numeric parameter: `fallback` when absent, `NaN` when present but not a number. */
export function queryNumber(ex: Exchange, name: string, fallback: number): number {
  const raw = queryParam(ex, name);
  return raw === null || raw.trim() === '' ? fallback : Number(raw);
}

/** `chunk_size`: at least 1, default 10 KiB. */
export function chunkSize(ex: Exchange): number {
  const n = Math.trunc(queryNumber(ex, 'chunk_size', 10 * 1024));
  return Number.isFinite(n) ? Math.max(1, n) : 10 * 1024;
}
