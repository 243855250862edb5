// Issue 8's targets, checked against one run's results. A target whose rows were not
// measured (filtered out, or unavailable) reads "not measured", never "pass".

/**
 * @typedef {import('../run-scenario.mjs').ScenarioResult} ScenarioResult
 * @typedef {{ target: string, measured: number | null, limit: number, pass: boolean | null }} TargetResult
 */

/**
 * A row's median for a metric, or null.
 * @param {Map<string, ScenarioResult>} results
 * @param {string} scenario
 * @param {string} row
 * @param {string} key
 */
function medianOf(results, scenario, row, key) {
  const found = results.get(scenario)?.rows.find((r) => r.name === row && r.error === null);
  return found?.median[key] ?? null;
}

/**
 * @param {number | null} a
 * @param {number | null} b
 */
const quotient = (a, b) => (a === null || b === null || b === 0 ? null : a / b);

/**
 * @typedef {object} TargetSpec
 * @property {string} target
 * @property {'max' | 'min'} kind max: measured ≤ limit (or < with `strict`); min: measured ≥ limit
 * @property {number} limit
 * @property {boolean} [strict]
 * @property {(results: Map<string, ScenarioResult>) => number | null} measure
 */

/** @type {TargetSpec[]} */
const specs = [
  {
    target: 'Session sequential GETs: CPU/req ≤ 1.15 × undici.request',
    kind: 'max',
    limit: 1.15,
    measure: (r) =>
      quotient(
        medianOf(r, 'sequential', 'reqs-session', 'cpuUsPerReq'),
        medianOf(r, 'sequential', 'undici-request', 'cpuUsPerReq'),
      ),
  },
  ...['axios', 'got'].map((other) => ({
    target: `Session sequential GETs: req/s ≥ 2 × ${other}`,
    kind: /** @type {const} */ ('min'),
    limit: 2,
    /** @param {Map<string, ScenarioResult>} r */
    measure: (r) =>
      quotient(medianOf(r, 'sequential', 'reqs-session', 'rps'), medianOf(r, 'sequential', other, 'rps')),
  })),
  {
    target: 'Session concurrent GETs: req/s ≥ 0.9 × undici.request',
    kind: 'min',
    limit: 0.9,
    measure: (r) =>
      quotient(
        medianOf(r, 'concurrent', 'reqs-session', 'rps'),
        medianOf(r, 'concurrent', 'undici-request', 'rps'),
      ),
  },
  ...['download-length', 'download-chunked'].flatMap((id) => [
    {
      target: `Session ${id}: MiB/s ≥ 0.9 × undici.request`,
      kind: /** @type {const} */ ('min'),
      limit: 0.9,
      /** @param {Map<string, ScenarioResult>} r */
      measure: (r) =>
        quotient(
          medianOf(r, id, 'reqs-session', 'mibPerSec'),
          medianOf(r, id, 'undici-request', 'mibPerSec'),
        ),
    },
    {
      target: `Session ${id} (stream: true): RSS growth < 64 MiB`,
      kind: /** @type {const} */ ('max'),
      limit: 64,
      strict: true,
      /** @param {Map<string, ScenarioResult>} r */
      measure: (r) => medianOf(r, id, 'reqs-session', 'rssGrowthMiB'),
    },
  ]),
  ...['reqs-session', 'reqs'].map((row) => ({
    target: `${row} multipart upload: RSS growth < 64 MiB`,
    kind: /** @type {const} */ ('max'),
    limit: 64,
    strict: true,
    /** @param {Map<string, ScenarioResult>} r */
    measure: (r) => medianOf(r, 'upload', row, 'rssGrowthMiB'),
  })),
  {
    target: 'Cold import of reqs ≤ 1.5 × undici',
    kind: 'max',
    limit: 1.5,
    measure: (r) =>
      quotient(
        medianOf(r, 'cold-start', 'reqs', 'importMs'),
        medianOf(r, 'cold-start', 'undici', 'importMs'),
      ),
  },
  {
    target: 'Fresh cache hit, MemoryStore (@reqs/cache): req/s ≥ 10 × the same GET over loopback (issue 18)',
    kind: 'min',
    limit: 10,
    measure: (r) =>
      quotient(medianOf(r, 'cache', 'reqs-cache-memory', 'rps'), medianOf(r, 'cache', 'reqs-session', 'rps')),
  },
  {
    target: 'Fresh cache hit, SqliteStore (@reqs/cache): req/s ≥ 3 × the same GET over loopback (issue 18)',
    kind: 'min',
    limit: 3,
    measure: (r) =>
      quotient(medianOf(r, 'cache', 'reqs-cache-sqlite', 'rps'), medianOf(r, 'cache', 'reqs-session', 'rps')),
  },
  {
    target: 'Mocked GET (@reqs/mock): req/s ≥ 5 × the same GET over loopback (issue 16)',
    kind: 'min',
    limit: 5,
    measure: (r) =>
      quotient(medianOf(r, 'mock', 'reqs-mock', 'rps'), medianOf(r, 'mock', 'reqs-session', 'rps')),
  },
];

/**
 * @param {readonly ScenarioResult[]} scenarioResults
 * @returns {TargetResult[]}
 */
export function checkTargets(scenarioResults) {
  const results = new Map(scenarioResults.map((s) => [s.id, s]));
  return specs.map(({ target, kind, limit, strict = false, measure }) => {
    const measured = measure(results);
    if (measured === null || Number.isNaN(measured)) return { target, measured: null, limit, pass: null };
    const pass = kind === 'min' ? measured >= limit : strict ? measured < limit : measured <= limit;
    return { target, measured, limit, pass };
  });
}
