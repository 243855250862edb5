/** Turning the `timeout` option into connect, read and total milliseconds. */
import type { TimeoutSpec } from './send-options.js';

/** Timeouts in milliseconds; `null` means no limit. */
export interface ResolvedTimeout {
  /** Longest wait for a connection (DNS, TCP, TLS, proxy). */
  connect: number | null;
  /** Longest silence between bytes once connected (headers and body). */
  read: number | null;
  /** Deadline over the whole exchange (connect, redirects, retries, body). */
  total: number | null;
}

/** The default connect timeout, in milliseconds. */
export const DEFAULT_CONNECT_TIMEOUT = 10_000;
/** The default read timeout, in milliseconds. */
export const DEFAULT_READ_TIMEOUT = 300_000;

/**
 * Resolves a {@link TimeoutSpec}: `undefined` → the defaults (connect 10 000, read 300 000,
 * no total); `null` → no limit at all; a number → both connect and read; `[connect, read]`;
 * `{ connect, read, total }` (a missing `connect`/`read` takes its default, `null` means none).
 *
 * @throws TypeError for a number that is not positive and finite, or a malformed tuple or object.
 * @example
 * resolveTimeout(5000); // { connect: 5000, read: 5000, total: null }
 */
export function resolveTimeout(spec: TimeoutSpec | undefined): ResolvedTimeout {
  if (spec === undefined)
    return { connect: DEFAULT_CONNECT_TIMEOUT, read: DEFAULT_READ_TIMEOUT, total: null };
  if (spec === null) return { connect: null, read: null, total: null };
  if (typeof spec === 'number') {
    const value = check(spec, 'timeout');
    return { connect: value, read: value, total: null };
  }
  if (Array.isArray(spec)) {
    if (spec.length !== 2) {
      throw new TypeError(
        `Invalid timeout ${JSON.stringify(spec)}: pass a [connect, read] pair, a number or an object`,
      );
    }
    return { connect: check(spec[0], 'connect'), read: check(spec[1], 'read'), total: null };
  }
  const object = spec as { connect?: number | null; read?: number | null; total?: number | null };
  return {
    connect: object.connect === undefined ? DEFAULT_CONNECT_TIMEOUT : check(object.connect, 'connect'),
    read: object.read === undefined ? DEFAULT_READ_TIMEOUT : check(object.read, 'read'),
    total: object.total == null ? null : check(object.total, 'total'),
  };
}

function check(value: number | null | undefined, name: string): number | null {
  if (value == null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new TypeError(
      `Invalid ${name} timeout ${String(value)}: it must be a positive number of milliseconds or null`,
    );
  }
  return value;
}
