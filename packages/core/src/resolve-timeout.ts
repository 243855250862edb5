/** Turning the `timeout` option into connect, read and total milliseconds. */
import { describeValue } from './options/describe-value.js';
import { checkOptions, optionTable } from './options/option-table.js';
import type { TimeoutSpec } from './send-options.js';

/**
 * Timeouts in milliseconds; `null` means no limit.
 *
 * @example
 * // In an adapter: the `timeout` option as three limits.
 * const { connect, read, total }: ResolvedTimeout = resolveTimeout(options.timeout);
 * console.log(connect, read, total); // 10000 300000 null when no timeout was given
 */
export interface ResolvedTimeout {
  /** Longest wait for a connection (DNS, TCP, TLS, proxy). */
  connect: number | null;
  /** Longest silence between bytes once connected (headers and body). */
  read: number | null;
  /** Deadline over the whole exchange (connect, redirects, retries, body). */
  total: number | null;
}

/**
 * The default connect timeout, in milliseconds.
 *
 * @example
 * ```ts
 * import { DEFAULT_CONNECT_TIMEOUT } from '@reqs/core';
 * import requests from 'reqs';
 *
 * // Keep the default connect timeout, wait longer for a slow report.
 * await requests.get('https://httpbin.org/delay/5', { timeout: { connect: DEFAULT_CONNECT_TIMEOUT, read: 60_000 } });
 * ```
 */
export const DEFAULT_CONNECT_TIMEOUT = 10_000;
/**
 * The default read timeout, in milliseconds.
 *
 * @example
 * ```ts
 * import { DEFAULT_READ_TIMEOUT } from '@reqs/core';
 * import requests from 'reqs';
 *
 * // Connect fast or fail, keep the default read timeout.
 * await requests.get('https://httpbin.org/get', { timeout: { connect: 2000, read: DEFAULT_READ_TIMEOUT } });
 * ```
 */
export const DEFAULT_READ_TIMEOUT = 300_000;

/**
 * Resolves a {@link TimeoutSpec}: `undefined` → the defaults (connect 10 000, read 300 000,
 * no total); `null` → no limit at all; a number → both connect and read; `[connect, read]`;
 * `{ connect, read, total }` (a missing `connect`/`read` takes its default, `null` means none).
 *
 * @throws TypeError for a number that is not positive and finite, a value that is not a
 *   number (`'300'`, `'foo'`: Requests' ValueError message `Timeout value connect was foo, but it
 *   must be an int, float or None.`), a malformed tuple, or an object with another field.
 * @example
 * resolveTimeout(5000); // { connect: 5000, read: 5000, total: null }
 */
export function resolveTimeout(spec: TimeoutSpec | undefined): ResolvedTimeout {
  if (spec === undefined)
    return { connect: DEFAULT_CONNECT_TIMEOUT, read: DEFAULT_READ_TIMEOUT, total: null };
  if (spec === null) return { connect: null, read: null, total: null };
  if (typeof spec === 'number') {
    const value = check(spec, null);
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
  // A string, boolean, function…: Requests' ValueError, as a TypeError (connect is checked first).
  if (typeof spec !== 'object') throw notANumber(spec, 'connect');
  checkOptions(spec, TIMEOUT_FIELDS);
  const object = spec as { connect?: number | null; read?: number | null; total?: number | null };
  return {
    connect: object.connect === undefined ? DEFAULT_CONNECT_TIMEOUT : check(object.connect, 'connect'),
    read: object.read === undefined ? DEFAULT_READ_TIMEOUT : check(object.read, 'read'),
    total: object.total == null ? null : check(object.total, 'total'),
  };
}

// The fields of `{ connect, read, total }`, so that `{ conect: 5 }` is refused, not ignored.
const TIMEOUT_FIELDS = optionTable('timeout', { connect: null, read: null, total: null }, 'timeout field');

/** `value` as a timeout in ms; `name` is the field (null for a bare number). */
function check(value: unknown, name: 'connect' | 'read' | 'total' | null): number | null {
  if (value == null) return null;
  if (typeof value !== 'number') throw notANumber(value, name ?? 'connect');
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(
      `Invalid ${name === null ? '' : `${name} `}timeout ${String(value)}: it must be a positive number of milliseconds or null`,
    );
  }
  return value;
}

/** Requests' message for a timeout that is not a number, then what reqs accepts. */
function notANumber(value: unknown, name: string): TypeError {
  return new TypeError(
    `Timeout value ${name} was ${String(value)}, but it must be an int, float or None. ` +
      `(option 'timeout': a number of milliseconds, [connect, read], { connect, read, total } or null; got ${describeValue(value)})`,
  );
}
