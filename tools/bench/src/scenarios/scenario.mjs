// The shape of a scenario and of the context the runner gives it.

/**
 * A number a scenario reports, and which way is better.
 * @typedef {object} Metric
 * @property {string} key
 * @property {string} label
 * @property {'higher' | 'lower'} better
 */

/**
 * Counts and sizes for one run (`--smoke` shrinks them).
 * @typedef {object} Settings
 * @property {number} warmupMs in-process warm-up per client and scenario
 * @property {number} roundMs length of one timed in-process round
 * @property {number} rounds in-process rounds per client
 * @property {number} transferRounds fresh-process download/upload runs per client
 * @property {number} concurrency callers in flight in the concurrent scenario
 * @property {number} postBytes size of each POST body
 * @property {number} downloadBytes size of each download
 * @property {number} uploadBytes size of the uploaded file
 * @property {number} coldRuns fresh processes per library in the cold-start scenario
 * @property {number} timeoutMs bound on one measurement
 */

/**
 * What the runner hands to every measurement.
 * @typedef {object} BenchContext
 * @property {string} origin the bench server
 * @property {Settings} settings
 * @property {(name: string) => Promise<import('../clients/driver.mjs').Driver>} driver in-process driver, created once per run
 * @property {() => Promise<string>} uploadFile path of a sparse file of `settings.uploadBytes`
 */

/**
 * One table of the report.
 * @typedef {object} Scenario
 * @property {string} id
 * @property {string} group what `--only` matches (both download tables are `download`)
 * @property {(settings: Settings) => string} title sizes and counts of this run
 * @property {string} baseline the row every ratio is taken against
 * @property {Metric[]} metrics the first is the headline
 * @property {(clients: readonly import('../clients/driver.mjs').ClientSpec[]) => string[]} rows
 * @property {(row: string) => string} label what the table shows for a row
 * @property {(settings: Settings) => number} rounds
 * @property {(ctx: BenchContext, row: string, round: number) => Promise<Record<string, number>>} measure
 */

export {};
