// Scenarios timed inside the bench process: every client's driver lives for the whole run and
// takes rounds of `roundMs` in turn with the others, after a warm-up on its first round.
import { BASELINE, clientLabel } from '../clients/index.mjs';
import { timedLoop } from '../measure/timed-loop.mjs';
import { apiSizes } from '../server/routes.mjs';
import { mib } from './size-label.mjs';

/** @typedef {import('../clients/driver.mjs').Driver} Driver */

/** @type {import('./scenario.mjs').Metric[]} */
const metrics = [
  { key: 'rps', label: 'req/s', better: 'higher' },
  { key: 'cpuUsPerReq', label: 'CPU µs/req', better: 'lower' },
];

/**
 * @typedef {object} InProcessSpec
 * @property {string} id
 * @property {(settings: import('./scenario.mjs').Settings) => string} title
 * @property {(settings: import('./scenario.mjs').Settings) => number} concurrency
 * @property {(driver: Driver, settings: import('./scenario.mjs').Settings) => Promise<unknown>} operation
 * @property {(result: unknown, settings: import('./scenario.mjs').Settings) => boolean} check true when one result is right
 * @property {readonly string[]} [rows] fixed rows (default: every selected client)
 * @property {string} [baseline] the row ratios are taken against (default: raw undici.request)
 * @property {string} [group] the `--only` name (default: the id)
 */

/**
 * @param {InProcessSpec} spec
 * @returns {import('./scenario.mjs').Scenario}
 */
export function inProcessScenario({ id, title, concurrency, operation, check, rows, baseline, group }) {
  return {
    id,
    group: group ?? id,
    title,
    baseline: baseline ?? BASELINE,
    metrics,
    rows: (clients) => (rows === undefined ? clients.map((c) => c.name) : [...rows]),
    label: clientLabel,
    rounds: (settings) => settings.rounds,
    async measure(ctx, row, round) {
      const driver = await ctx.driver(row);
      const once = () => operation(driver, ctx.settings);
      if (round === 0) {
        const result = await once();
        if (!check(result, ctx.settings)) throw new Error(`wrong result: ${JSON.stringify(result)}`);
        await timedLoop(once, { durationMs: ctx.settings.warmupMs, concurrency: concurrency(ctx.settings) });
      }
      const { rps, cpuUsPerReq } = await timedLoop(once, {
        durationMs: ctx.settings.roundMs,
        concurrency: concurrency(ctx.settings),
      });
      return { rps, cpuUsPerReq };
    },
  };
}

/** @param {unknown} body */
const isSmall = (body) => /** @type {{ id?: unknown } | null} */ (body)?.id === 12345;

/** The body every POST sends, allocated once per size. */
const postBodies = new Map();
/** @param {number} size */
function postBody(size) {
  let body = postBodies.get(size);
  if (body === undefined) {
    body = Buffer.alloc(size, 'reqs-post-');
    postBodies.set(size, body);
  }
  return body;
}

export const sequential = inProcessScenario({
  id: 'sequential',
  title: () => '1. Sequential small GETs on one keep-alive connection',
  concurrency: () => 1,
  operation: (driver) => driver.getJson('/small'),
  check: isSmall,
});

export const concurrent = inProcessScenario({
  id: 'concurrent',
  title: (settings) => `2. Concurrent small GETs (${settings.concurrency} in flight)`,
  concurrency: (settings) => settings.concurrency,
  operation: (driver) => driver.getJson('/small'),
  check: isSmall,
});

export const post = inProcessScenario({
  id: 'post',
  title: (settings) => `4. POST bodies of ${mib(settings.postBytes)}, sequential`,
  concurrency: () => 1,
  operation: (driver, settings) => driver.post('/sink', postBody(settings.postBytes)),
  check: (count, settings) => count === settings.postBytes,
});

export const gzip = inProcessScenario({
  id: 'gzip',
  title: () => '5. Small gzip JSON responses (235 bytes on the wire, 1.2 KiB decoded), sequential',
  concurrency: () => 1,
  operation: (driver) => driver.getJson('/gzip'),
  check: (body) => /** @type {{ items?: unknown[] } | null} */ (body)?.items?.length === 32,
});

export const gzipApi = inProcessScenario({
  id: 'gzip-api',
  group: 'gzip',
  title: () =>
    `5b. Gzip JSON API responses (${(apiSizes.wire / 1024).toFixed(1)} KiB on the wire, ${(apiSizes.decoded / 1024).toFixed(1)} KiB decoded), sequential`,
  concurrency: () => 1,
  operation: (driver) => driver.getJson('/gzip-api'),
  check: (body) => /** @type {{ items?: unknown[] } | null} */ (body)?.items?.length === 72,
});

export const mocked = inProcessScenario({
  id: 'mock',
  title: () =>
    '8. A mocked small GET (@reqs/mock) vs the same GET over loopback through HTTPAdapter, sequential',
  concurrency: () => 1,
  operation: (driver) => driver.getJson('/small'),
  check: isSmall,
  rows: ['reqs-session', 'reqs-mock'],
  baseline: 'reqs-session',
});

export const cached = inProcessScenario({
  id: 'cache',
  title: () =>
    '9. A fresh cache hit (@reqs/cache, MemoryStore and SqliteStore) vs the same GET over loopback without a cache, sequential',
  concurrency: () => 1,
  operation: (driver) => driver.getJson('/small'),
  check: isSmall,
  rows: ['reqs-session', 'reqs-cache-memory', 'reqs-cache-sqlite'],
  baseline: 'reqs-session',
});
