// Runs an operation again and again for a fixed time with N callers in flight, counting
// completions and the process's CPU time (user + system, `process.cpuUsage()` deltas).

/**
 * @typedef {object} LoopResult
 * @property {number} rps completed operations per second of wall time
 * @property {number} cpuUsPerReq CPU microseconds of this process per operation
 * @property {number} count operations completed
 */

/**
 * @param {() => Promise<unknown>} operation
 * @param {{ durationMs: number, concurrency: number }} options
 * @returns {Promise<LoopResult>}
 */
export async function timedLoop(operation, { durationMs, concurrency }) {
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const deadline = start + durationMs;
  const caller = async () => {
    while (performance.now() < deadline) {
      await operation();
      count += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, caller));
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  return {
    rps: (count / elapsedMs) * 1000,
    cpuUsPerReq: count === 0 ? Number.NaN : (cpu.user + cpu.system) / count,
    count,
  };
}
