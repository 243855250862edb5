/** `timeout.total`: one deadline over connect, redirects, retries and body (docs/reference/options.md#timeouts). */
import { resolveTimeout, Timeout, type TimeoutSpec } from '@reqs/core';

/** A running deadline: its signal aborts with a `Timeout` when time is up. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Stops the timer and detaches from the caller's signal. */
  cancel(): void;
}

/** The `total` of a timeout spec in milliseconds, or null (only an object can carry one). */
export function totalTimeout(spec: TimeoutSpec | undefined): number | null {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) return null;
  if ((spec as { total?: unknown }).total == null) return null;
  return resolveTimeout(spec).total;
}

/**
 * Starts a deadline of `total` ms. Its signal aborts with a `Timeout` error naming `what`
 * when time runs out, or with the reason of `signal` when that aborts first. The timer does
 * not keep the process alive.
 */
export function startDeadline(total: number, signal: AbortSignal | undefined, what: string): Deadline {
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal?.reason);
  const timer = setTimeout(() => {
    controller.abort(new Timeout(`Total timeout of ${total} ms exceeded: ${what}`));
  }, total);
  timer.unref();
  if (signal !== undefined) {
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return {
    signal: controller.signal,
    cancel() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
