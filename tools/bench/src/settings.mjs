// Counts and sizes: the full run (fits in about 10 minutes on 2 cores) and `--smoke` (all
// scenarios with tiny counts, well under 30 s: it proves the bench works, its numbers mean nothing).

const MiB = 1024 * 1024;

// Many short rounds rather than a few long ones: a burst of load from elsewhere on the machine
// then spoils single rounds, which the median discards, instead of one client's whole sample.
/** @type {import('./scenarios/scenario.mjs').Settings} */
export const fullSettings = {
  warmupMs: 500,
  roundMs: 500,
  rounds: 10,
  transferRounds: 3,
  concurrency: 64,
  postBytes: MiB,
  downloadBytes: 256 * MiB,
  uploadBytes: 1024 * MiB,
  coldRuns: 11,
  timeoutMs: 120_000,
};

/** @type {import('./scenarios/scenario.mjs').Settings} */
export const smokeSettings = {
  warmupMs: 10,
  roundMs: 50,
  rounds: 1,
  transferRounds: 1,
  concurrency: 64,
  postBytes: MiB,
  downloadBytes: 4 * MiB,
  uploadBytes: 4 * MiB,
  coldRuns: 1,
  timeoutMs: 20_000,
};
