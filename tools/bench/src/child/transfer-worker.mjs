#!/usr/bin/env node
// One download or upload by one client in a fresh process, so its peak RSS is its own.
// argv[2] is a JSON TransferTask; prints `{"mibPerSec":…,"rssGrowthMiB":…,"peakRssMiB":…}`.
import { stat } from 'node:fs/promises';
import { clientByName } from '../clients/index.mjs';
import { measurePeakRss } from '../measure/peak-rss.mjs';

/**
 * @typedef {object} TransferTask
 * @property {string} client
 * @property {string} origin
 * @property {'download' | 'upload'} kind
 * @property {string} path server path
 * @property {number} bytes expected download size (downloads)
 * @property {string} [file] file to upload (uploads)
 */

const MiB = 1024 * 1024;

/**
 * @param {import('../clients/driver.mjs').Driver} driver
 * @param {TransferTask} task
 * @returns {Promise<number>} bytes moved
 */
async function transfer(driver, task) {
  if (task.kind === 'download') {
    const n = await driver.download(task.path);
    if (n !== task.bytes) throw new Error(`downloaded ${n} bytes, expected ${task.bytes}`);
    return n;
  }
  const file = task.file ?? '';
  const { size } = await stat(file);
  const received = await driver.upload(task.path, file);
  if (!(received >= size)) throw new Error(`server received ${received} bytes for a ${size}-byte file`);
  return received;
}

/** @param {TransferTask} task */
async function main(task) {
  const driver = await clientByName(task.client).create(task.origin);
  // Warm up: load the client's lazily loaded code and open a connection before the baseline.
  await driver.getJson('/small');
  const start = performance.now();
  const { value: bytes, rssGrowthMiB, peakRssMiB } = await measurePeakRss(() => transfer(driver, task));
  const seconds = (performance.now() - start) / 1000;
  await driver.close();
  process.stdout.write(`${JSON.stringify({ mibPerSec: bytes / MiB / seconds, rssGrowthMiB, peakRssMiB })}\n`);
}

main(JSON.parse(process.argv[2] ?? '{}')).then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
