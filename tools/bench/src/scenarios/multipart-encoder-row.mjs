// The upload table's extra row: `multipart-memory.mjs` (the @reqs/multipart memory check)
// streams MultipartEncoder into plain node:http, with its own in-process sink server. Its
// text output is parsed here; it exits non-zero when memory grew by 64 MiB or more, which is
// still a measurement.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const MULTIPART_ENCODER = 'multipart-memory';
export const MULTIPART_ENCODER_LABEL = '@reqs/multipart → node:http (multipart-memory.mjs)';

const script = fileURLToPath(new URL('../../multipart-memory.mjs', import.meta.url));

/**
 * @param {string} text
 * @param {string} label line prefix in the script's report
 */
function reading(text, label) {
  const match = new RegExp(`^${label}\\s+([\\d.]+)`, 'm').exec(text);
  if (match === null) throw new Error(`multipart-memory.mjs printed no "${label}"`);
  return Number(match[1]);
}

/**
 * @param {import('./scenario.mjs').BenchContext} ctx
 * @returns {Promise<Record<string, number>>}
 */
export function measureMultipartEncoder(ctx) {
  const sizeMiB = Math.max(1, Math.round(ctx.settings.uploadBytes / (1024 * 1024)));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--expose-gc', script, String(sizeMiB)],
      { timeout: ctx.settings.timeoutMs, killSignal: 'SIGKILL' },
      (error, stdout, stderr) => {
        try {
          resolve({ mibPerSec: reading(stdout, 'throughput'), rssGrowthMiB: reading(stdout, 'peak growth') });
        } catch (parseError) {
          reject(error ? new Error(stderr.trim().split('\n').at(-1) || error.message) : parseError);
        }
      },
    );
  });
}
