// Opt-in (REQS_TEST_STALL=1): blocks this test worker's event loop for 300 ms every 700 ms,
// as a loaded CI machine does. Timing tests must stay green under it: they assert order and
// bounds of at least 2 × the timeout + 500 ms, or use fake timers, or wait on events.
const STALL_MS = Number(process.env.REQS_TEST_STALL_MS ?? 300);
const EVERY_MS = Number(process.env.REQS_TEST_STALL_EVERY_MS ?? 700);

function stall(): void {
  const until = performance.now() + STALL_MS;
  while (performance.now() < until) {
    // Busy-wait: nothing else in this process runs meanwhile, as under a CPU hog.
  }
}

setInterval(stall, EVERY_MS).unref();
