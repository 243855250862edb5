/** The `json` body: JSON.stringify that refuses what JSON cannot hold (Requests' allow_nan=False). */
import { InvalidJSONError } from '../errors/invalid-json-error.js';
import type { PreparedRequest } from '../prepared-request.js';

function rejectNonFinite(_key: string, value: unknown): unknown {
  const number = value instanceof Number ? value.valueOf() : value;
  if (typeof number === 'number' && !Number.isFinite(number)) {
    throw new InvalidJSONError(`Out of range float values are not JSON compliant: ${number}`);
  }
  return value;
}

/**
 * `JSON.stringify(json)`, refusing NaN and ±Infinity anywhere in the value (never a silent
 * `null`), BigInt, cycles, and values JSON cannot represent at all (a function).
 *
 * @throws InvalidJSONError naming the problem, with the TypeError as `cause` where there is one.
 * @example
 * serializeJson({ a: [1, 2] }); // '{"a":[1,2]}'
 */
export function serializeJson(json: unknown, request?: PreparedRequest): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(json, rejectNonFinite);
  } catch (error) {
    if (error instanceof InvalidJSONError) {
      error.request = request ?? null;
      throw error;
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidJSONError(message, { request, cause: error });
  }
  if (text === undefined) {
    throw new InvalidJSONError(`Object of type ${typeof json} is not JSON serializable`, { request });
  }
  return text;
}
