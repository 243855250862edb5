/** The check of a `hooks` option: known event names, each with a function or a list of functions. */
import { HOOKS } from '../hooks/hook-types.js';
import { invalidOption } from './option-checks.js';
import { checkOptions, type OptionCheck, optionTable } from './option-table.js';

/** A hook: a function, or a list (any iterable) of functions. */
const isHookList: OptionCheck = (value, option) => {
  if (typeof value === 'function') return;
  if (
    typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function' ||
    typeof value === 'string'
  )
    throw invalidOption(option, 'a function or a list of functions', value);
  let index = 0;
  for (const hook of value as Iterable<unknown>) {
    if (typeof hook !== 'function') throw invalidOption(`${option}[${index}]`, 'a function', hook);
    index++;
  }
};

// Every hook event of core's HOOKS (the response hook and the request-side ones): a new event
// is accepted here as soon as it is added there.
const HOOK_EVENTS = optionTable(
  'hooks',
  Object.fromEntries(HOOKS.map((event) => [event, isHookList])),
  'hook event',
  'hooks.',
);

/**
 * `hooks`: `{ response: fn | [fn, …], … }`.
 *
 * @example
 * ```ts
 * import { checkOptions, isHooks, optionTable } from '@reqs/core';
 *
 * const table = optionTable('new MyAdapter', { hooks: isHooks });
 * checkOptions({ hooks: { respons: logStatus } }, table); // TypeError: Unknown hook event 'respons' — did you mean 'response'?
 * ```
 */
export const isHooks: OptionCheck = (value, option) => {
  if (typeof value !== 'object' || Array.isArray(value))
    throw invalidOption(option, 'an object of hooks ({ response: fn })', value);
  checkOptions(value as object, HOOK_EVENTS);
};
