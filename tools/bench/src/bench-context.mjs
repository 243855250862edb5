// The context measurements share: the server's origin, the settings, in-process drivers
// (created once per client, closed at the end) and the sparse upload file.
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientByName } from './clients/index.mjs';

/** @typedef {import('./clients/driver.mjs').Driver} Driver */

/**
 * @param {string} origin
 * @param {import('./scenarios/scenario.mjs').Settings} settings
 * @returns {{ ctx: import('./scenarios/scenario.mjs').BenchContext, close: () => Promise<void> }}
 */
export function createBenchContext(origin, settings) {
  /** @type {Map<string, Promise<Driver>>} */
  const drivers = new Map();
  /** @type {string | null} */
  let dir = null;
  /** @type {string | null} */
  let file = null;
  const ctx = {
    origin,
    settings,
    /** @param {string} name */
    driver(name) {
      let driver = drivers.get(name);
      if (driver === undefined) {
        driver = clientByName(name).create(origin);
        drivers.set(name, driver);
      }
      return driver;
    },
    async uploadFile() {
      if (file !== null) return file;
      dir = mkdtempSync(join(tmpdir(), 'reqs-bench-'));
      const path = join(dir, 'upload.bin');
      // A sparse file: created at once, read from the page cache, so the disk is never the limit.
      const fd = openSync(path, 'w');
      ftruncateSync(fd, settings.uploadBytes);
      closeSync(fd);
      file = path;
      return path;
    },
  };
  async function close() {
    for (const driver of drivers.values()) await driver.then((d) => d.close()).catch(() => {});
    if (dir !== null) rmSync(dir, { recursive: true, force: true });
  }
  return { ctx, close };
}
