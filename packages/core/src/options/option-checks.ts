/** The checks of option values shared by the entry points' tables (see option-table). */
import { resolveTimeout } from '../resolve-timeout.js';
import { describeValue } from './describe-value.js';
import type { OptionCheck } from './option-table.js';

/**
 * The TypeError for `option` holding `value` where `expected` was wanted.
 *
 * @example
 * ```ts
 * import { invalidOption, type OptionCheck } from '@reqs/core';
 *
 * // An adapter's own option check, with the same message as the built-in ones.
 * const isPort: OptionCheck = (value, option) => {
 *   if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 65535)
 *     throw invalidOption(option, 'a port number (1–65535)', value);
 * };
 * ```
 */
export function invalidOption(option: string, expected: string, value: unknown): TypeError {
  return new TypeError(`Invalid option '${option}': expected ${expected}, got ${describeValue(value)}`);
}

/**
 * `true` or `false`.
 *
 * @example
 * ```ts
 * import { checkOptions, isBoolean, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { keepAlive: isBoolean });
 * checkOptions({ keepAlive: 'yes' }, table); // TypeError: Invalid option 'keepAlive': expected a boolean, got string ('yes')
 * ```
 */
export const isBoolean: OptionCheck = (value, option) => {
  if (typeof value !== 'boolean') throw invalidOption(option, 'a boolean', value);
};

/**
 * A function.
 *
 * @example
 * ```ts
 * import { checkOptions, isFunction, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { onProgress: isFunction });
 * checkOptions({ onProgress: (sent: number) => console.log(sent) }, table);
 * ```
 */
export const isFunction: OptionCheck = (value, option) => {
  if (typeof value !== 'function') throw invalidOption(option, 'a function', value);
};

/**
 * A string.
 *
 * @example
 * ```ts
 * import { checkOptions, isString, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { userAgent: isString });
 * checkOptions({ userAgent: 'my-client/1.0' }, table);
 * ```
 */
export const isString: OptionCheck = (value, option) => {
  if (typeof value !== 'string') throw invalidOption(option, 'a string', value);
};

/**
 * An integer ≥ 0.
 *
 * @example
 * ```ts
 * import { checkOptions, isNonNegativeInteger, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { maxRetries: isNonNegativeInteger });
 * checkOptions({ maxRetries: 3 }, table);
 * ```
 */
export const isNonNegativeInteger: OptionCheck = (value, option) => {
  if (!Number.isInteger(value) || (value as number) < 0) throw invalidOption(option, 'an integer ≥ 0', value);
};

/**
 * An integer ≥ 1.
 *
 * @example
 * ```ts
 * import { checkOptions, isPositiveInteger, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { poolSize: isPositiveInteger });
 * checkOptions({ poolSize: 0 }, table); // TypeError: Invalid option 'poolSize': expected an integer ≥ 1, got number (0)
 * ```
 */
export const isPositiveInteger: OptionCheck = (value, option) => {
  if (!Number.isInteger(value) || (value as number) < 1) throw invalidOption(option, 'an integer ≥ 1', value);
};

/**
 * A number ≥ 0 (milliseconds, factors).
 *
 * @example
 * ```ts
 * import { checkOptions, isNonNegativeNumber, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { backoffFactor: isNonNegativeNumber });
 * checkOptions({ backoffFactor: 0.5 }, table);
 * ```
 */
export const isNonNegativeNumber: OptionCheck = (value, option) => {
  if (typeof value !== 'number' || !(value >= 0)) throw invalidOption(option, 'a number ≥ 0', value);
};

/**
 * A timeout spec (see `resolveTimeout`, which says what is wrong).
 *
 * @example
 * ```ts
 * import { checkOptions, isTimeout, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { timeout: isTimeout });
 * checkOptions({ timeout: { connect: 3000, read: 30_000 } }, table);
 * ```
 */
export const isTimeout: OptionCheck = (value) => {
  resolveTimeout(value as never);
};

/**
 * `verify`: a boolean, or a CA bundle file or directory.
 *
 * @example
 * ```ts
 * import { checkOptions, isVerify, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { verify: isVerify });
 * checkOptions({ verify: '/etc/ssl/certs/ca-bundle.pem' }, table);
 * ```
 */
export const isVerify: OptionCheck = (value, option) => {
  if (typeof value === 'boolean' || (typeof value === 'string' && value !== '')) return;
  throw invalidOption(option, 'true, false or the path of a CA bundle', value);
};

/**
 * `cert`: one PEM path, or `[certFile, keyFile]`.
 *
 * @example
 * ```ts
 * import { checkOptions, isCert, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { cert: isCert });
 * checkOptions({ cert: ['client.crt', 'client.key'] }, table);
 * ```
 */
export const isCert: OptionCheck = (value, option) => {
  if (typeof value === 'string' && value !== '') return;
  if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) return;
  throw invalidOption(option, "a PEM file's path or [certFile, keyFile]", value);
};

/**
 * `proxies`: an object of proxy URLs (strings; `null` leaves a key out).
 *
 * @example
 * ```ts
 * import { checkOptions, isProxies, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { proxies: isProxies });
 * checkOptions({ proxies: { https: 'http://proxy.local:3128', http: null } }, table);
 * ```
 */
export const isProxies: OptionCheck = (value, option) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Map)
    throw invalidOption(option, "an object of proxy URLs ({ http: 'http://proxy:3128' })", value);
  for (const key in value) {
    const url = (value as Record<string, unknown>)[key];
    if (url != null && typeof url !== 'string')
      throw invalidOption(`${option}.${key}`, 'a proxy URL string', url);
  }
};

/**
 * `signal`: an `AbortSignal`.
 *
 * @example
 * ```ts
 * import { checkOptions, isAbortSignal, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { signal: isAbortSignal });
 * checkOptions({ signal: AbortSignal.timeout(5000) }, table);
 * ```
 */
export const isAbortSignal: OptionCheck = (value, option) => {
  if (!(value instanceof AbortSignal)) throw invalidOption(option, 'an AbortSignal', value);
};

/**
 * An object with a `write(text)` method (`process.stderr`, a stream, a logger).
 *
 * @example
 * ```ts
 * import { checkOptions, isWritable, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { debugLog: isWritable });
 * checkOptions({ debugLog: process.stderr }, table);
 * ```
 */
export const isWritable: OptionCheck = (value, option) => {
  if (typeof (value as { write?: unknown }).write !== 'function')
    throw invalidOption(option, 'something with a write(text) method (process.stderr)', value);
};
