/** The checks of option values shared by the entry points' tables (see option-table). */
import { resolveTimeout } from '../resolve-timeout.js';
import { describeValue } from './describe-value.js';
import type { OptionCheck } from './option-table.js';

/** The TypeError for `option` holding `value` where `expected` was wanted. */
export function invalidOption(option: string, expected: string, value: unknown): TypeError {
  return new TypeError(`Invalid option '${option}': expected ${expected}, got ${describeValue(value)}`);
}

/** `true` or `false`. */
export const isBoolean: OptionCheck = (value, option) => {
  if (typeof value !== 'boolean') throw invalidOption(option, 'a boolean', value);
};

/** A function. */
export const isFunction: OptionCheck = (value, option) => {
  if (typeof value !== 'function') throw invalidOption(option, 'a function', value);
};

/** A string. */
export const isString: OptionCheck = (value, option) => {
  if (typeof value !== 'string') throw invalidOption(option, 'a string', value);
};

/** An integer ≥ 0. */
export const isNonNegativeInteger: OptionCheck = (value, option) => {
  if (!Number.isInteger(value) || (value as number) < 0) throw invalidOption(option, 'an integer ≥ 0', value);
};

/** An integer ≥ 1. */
export const isPositiveInteger: OptionCheck = (value, option) => {
  if (!Number.isInteger(value) || (value as number) < 1) throw invalidOption(option, 'an integer ≥ 1', value);
};

/** A number ≥ 0 (milliseconds, factors). */
export const isNonNegativeNumber: OptionCheck = (value, option) => {
  if (typeof value !== 'number' || !(value >= 0)) throw invalidOption(option, 'a number ≥ 0', value);
};

/** A timeout spec (see `resolveTimeout`, which says what is wrong). */
export const isTimeout: OptionCheck = (value) => {
  resolveTimeout(value as never);
};

/** `verify`: a boolean, or a CA bundle file or directory. */
export const isVerify: OptionCheck = (value, option) => {
  if (typeof value === 'boolean' || (typeof value === 'string' && value !== '')) return;
  throw invalidOption(option, 'true, false or the path of a CA bundle', value);
};

/** `cert`: one PEM path, or `[certFile, keyFile]`. */
export const isCert: OptionCheck = (value, option) => {
  if (typeof value === 'string' && value !== '') return;
  if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')) return;
  throw invalidOption(option, "a PEM file's path or [certFile, keyFile]", value);
};

/** `proxies`: an object of proxy URLs (strings; `null` leaves a key out). */
export const isProxies: OptionCheck = (value, option) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Map)
    throw invalidOption(option, "an object of proxy URLs ({ http: 'http://proxy:3128' })", value);
  for (const key in value) {
    const url = (value as Record<string, unknown>)[key];
    if (url != null && typeof url !== 'string')
      throw invalidOption(`${option}.${key}`, 'a proxy URL string', url);
  }
};

/** `signal`: an `AbortSignal`. */
export const isAbortSignal: OptionCheck = (value, option) => {
  if (!(value instanceof AbortSignal)) throw invalidOption(option, 'an AbortSignal', value);
};

/** An object with a `write(text)` method (`process.stderr`, a stream, a logger). */
export const isWritable: OptionCheck = (value, option) => {
  if (typeof (value as { write?: unknown }).write !== 'function')
    throw invalidOption(option, 'something with a write(text) method (process.stderr)', value);
};
