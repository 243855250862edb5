// The `m` part of --print: the exchange's timings (from `response.timings`) in seconds, as HTTPie.
import type { Response } from 'reqs';
import type { Paint } from './paint.js';

const PHASES = [
  ['lookup', 'DNS lookup'],
  ['connect', 'Connected'],
  ['secureConnect', 'TLS handshake'],
  ['upload', 'Request sent'],
  ['response', 'First byte'],
  ['end', 'Body read'],
] as const;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(6)}s`;
}

/** `Elapsed time: 0.012345s` followed by each phase that was measured (ms from the start). */
export function formatMeta(response: Response, paint: Paint): string {
  const timings = response.timings;
  const total = timings?.total ?? timings?.end ?? response.elapsed;
  const lines = [`${paint.cyan('Elapsed time')}: ${seconds(total)}`];
  if (timings) {
    for (const [key, label] of PHASES) {
      const at = timings[key];
      if (at !== undefined) lines.push(`${paint.cyan(label)}: ${seconds(at)}`);
    }
  }
  return lines.join('\n');
}
