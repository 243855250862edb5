/** Checking a response spec or route options before anything is sent: bad input fails at once, by name. */
import { checkHeader } from '@reqs/core';
import { headerDict } from './build-response.js';
import type { MockResponseSpec } from './response-spec.js';
import type { MockRouteOptions } from './route-options.js';

const SPEC_KEYS = new Set(['status', 'reason', 'headers', 'body', 'text', 'json', 'error', 'delay']);
const BODY_KEYS = ['body', 'text', 'json', 'error'] as const;
const OPTION_KEYS = new Set(['query', 'headers', 'json', 'body', 'form', 'match', 'times', 'persist']);

function unknownKeys(value: object, known: ReadonlySet<string>, what: string): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) {
      throw new TypeError(
        `Unknown ${what} key ${JSON.stringify(key)}: expected one of ${[...known].join(', ')}`,
      );
    }
  }
}

function isBody(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    (typeof value === 'object' && value !== null && Symbol.asyncIterator in value)
  );
}

/**
 * Checks a response spec: known keys only, one body kind at most, a status 100–999, a delay
 * of zero or more milliseconds, valid header names and values, an Error for `error`.
 * @throws TypeError naming what is wrong; InvalidHeader for a bad header.
 */
export function validateSpec(spec: MockResponseSpec): void {
  if (typeof spec !== 'object' || spec === null) {
    throw new TypeError(
      `A mock response must be an object or a function, not ${spec === null ? 'null' : typeof spec}`,
    );
  }
  unknownKeys(spec, SPEC_KEYS, 'mock response');
  const given = BODY_KEYS.filter((key) => key in spec);
  if (given.length > 1)
    throw new TypeError(`A mock response takes one of body, text, json, error; got ${given.join(' and ')}`);
  const { status, delay, error, body, text, headers } = spec as Record<string, unknown>;
  if (
    status !== undefined &&
    !(Number.isInteger(status) && (status as number) >= 100 && (status as number) <= 999)
  ) {
    throw new TypeError(`Invalid mock status ${String(status)}: an integer from 100 to 999`);
  }
  if (delay !== undefined && !(typeof delay === 'number' && Number.isFinite(delay) && delay >= 0)) {
    throw new TypeError(`Invalid mock delay ${String(delay)}: zero or more milliseconds`);
  }
  if ('error' in spec && !(error instanceof Error)) throw new TypeError('A mock error must be an Error');
  if ('json' in spec && spec.json === undefined)
    throw new TypeError('A mock json body must be a JSON value, not undefined');
  if (text !== undefined && typeof text !== 'string')
    throw new TypeError(`A mock text body must be a string, not ${typeof text}`);
  if (body !== undefined && !isBody(body)) {
    throw new TypeError('A mock body must be bytes, a string, a stream or an async iterable of chunks');
  }
  if (headers !== undefined) for (const [name, value] of headerDict(spec.headers)) checkHeader(name, value);
}

/**
 * Checks route options: known keys, `times` a positive integer, not both `times` and `persist`.
 * @throws TypeError naming what is wrong.
 */
export function validateRouteOptions(options: MockRouteOptions): void {
  unknownKeys(options, OPTION_KEYS, 'mock route option');
  const { times, persist } = options;
  if (times !== undefined && !(Number.isInteger(times) && times > 0)) {
    throw new TypeError(`Invalid times ${String(times)}: a positive integer`);
  }
  if (times !== undefined && persist === true) throw new TypeError('Give times or persist, not both');
}
