// Retry-After (RFC 9110 §10.2.3): delay-seconds or an HTTP-date, to milliseconds.
import { InvalidHeader } from '@reqs/core';

const DELAY_SECONDS = /^\s*[0-9]+\s*$/;
// HTTP-date in its three forms (IMF-fixdate, RFC 850, asctime) starts with a day name.
const HTTP_DATE = /^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s/i;
const HAS_ZONE = /(?:gmt|utc|ut|z|[+-]\d{4})\s*$/i;

function parseHttpDate(value: string): number {
  if (!HTTP_DATE.test(value)) return Number.NaN;
  // asctime carries no zone: HTTP dates are always GMT.
  return Date.parse(HAS_ZONE.test(value) ? value : `${value} GMT`);
}

/**
 * Parses a `Retry-After` value into milliseconds from `now`: never negative, at most `max`.
 *
 * @throws InvalidHeader when the value is neither delay-seconds nor a date.
 */
export function parseRetryAfter(value: string, max: number, now: number = Date.now()): number {
  let ms: number;
  if (DELAY_SECONDS.test(value)) {
    ms = Number.parseInt(value.trim(), 10) * 1000;
  } else {
    const date = parseHttpDate(value);
    if (Number.isNaN(date)) throw new InvalidHeader(`Invalid Retry-After header: ${value}`);
    ms = date - now;
  }
  return Math.min(Math.max(ms, 0), max);
}
