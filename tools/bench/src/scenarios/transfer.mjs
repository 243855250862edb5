// Downloads and uploads, each run by one client in a fresh process so peak RSS is its own.
import { fileURLToPath } from 'node:url';
import { runChild } from '../child/run-child.mjs';
import { BASELINE, clientLabel } from '../clients/index.mjs';
import {
  MULTIPART_ENCODER,
  MULTIPART_ENCODER_LABEL,
  measureMultipartEncoder,
} from './multipart-encoder-row.mjs';
import { mib } from './size-label.mjs';

const worker = fileURLToPath(new URL('../child/transfer-worker.mjs', import.meta.url));

/** @type {import('./scenario.mjs').Metric[]} */
const metrics = [
  { key: 'mibPerSec', label: 'MiB/s', better: 'higher' },
  { key: 'rssGrowthMiB', label: 'RSS growth MiB', better: 'lower' },
];

/**
 * @param {import('./scenario.mjs').BenchContext} ctx
 * @param {import('../child/transfer-worker.mjs').TransferTask} task
 */
async function runTransfer(ctx, task) {
  const { mibPerSec = Number.NaN, rssGrowthMiB = Number.NaN } = await runChild(
    worker,
    [JSON.stringify(task)],
    {
      timeoutMs: ctx.settings.timeoutMs,
      nodeArgs: ['--expose-gc'],
    },
  );
  return { mibPerSec, rssGrowthMiB };
}

/**
 * @param {'download' | 'download-chunked'} route
 * @param {string} what
 * @returns {import('./scenario.mjs').Scenario}
 */
function downloadScenario(route, what) {
  return {
    id: route === 'download' ? 'download-length' : 'download-chunked',
    group: 'download',
    title: (settings) => `${what} (${mib(settings.downloadBytes)}; fresh process per run)`,
    baseline: BASELINE,
    metrics,
    rows: (clients) => clients.map((c) => c.name),
    label: clientLabel,
    rounds: (settings) => settings.transferRounds,
    measure: (ctx, row) =>
      runTransfer(ctx, {
        client: row,
        origin: ctx.origin,
        kind: 'download',
        path: `/${route}?size=${ctx.settings.downloadBytes}`,
        bytes: ctx.settings.downloadBytes,
      }),
  };
}

export const downloadLength = downloadScenario('download', '3a. Streamed download with Content-Length');
export const downloadChunked = downloadScenario('download-chunked', '3b. Streamed download, chunked');

/** @type {import('./scenario.mjs').Scenario} */
export const upload = {
  id: 'upload',
  group: 'upload',
  title: (settings) => `6. Multipart upload of a ${mib(settings.uploadBytes)} file (fresh process per run)`,
  baseline: BASELINE,
  metrics,
  rows: (clients) => [...clients.map((c) => c.name), MULTIPART_ENCODER],
  label: (row) => (row === MULTIPART_ENCODER ? MULTIPART_ENCODER_LABEL : clientLabel(row)),
  rounds: (settings) => settings.transferRounds,
  async measure(ctx, row) {
    if (row === MULTIPART_ENCODER) return measureMultipartEncoder(ctx);
    const file = await ctx.uploadFile();
    return runTransfer(ctx, {
      client: row,
      origin: ctx.origin,
      kind: 'upload',
      path: '/sink',
      bytes: 0,
      file,
    });
  },
};
