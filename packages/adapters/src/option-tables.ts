/**
 * The option tables of `new HTTPAdapter(options)` and `new Retry(options)`: one row per
 * option, with the check of its value (urllib3's and Requests' snake_case names are refused
 * with the camelCase one suggested).
 */
import {
  invalidOption,
  isBoolean,
  isNonNegativeInteger,
  isNonNegativeNumber,
  isPositiveInteger,
  type OptionCheck,
  optionTable,
} from '@reqs/core';

/**
 * A retry count: an integer, `false` (re-raise at once) or null (no limit). Negative counts
 * are allowed, as urllib3 allows them: `increment` counts down past zero to "exhausted".
 */
const isRetryCount: OptionCheck = (value, option) => {
  if (value === false || Number.isInteger(value)) return;
  throw invalidOption(option, 'an integer, false or null', value);
};

const isIterable =
  (what: string): OptionCheck =>
  (value, option) => {
    if (
      typeof value === 'string' ||
      typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
    )
      throw invalidOption(option, what, value);
  };

/** `new Retry(options)`. */
export const RETRY_OPTIONS = optionTable('new Retry', {
  total: isRetryCount,
  connect: isRetryCount,
  read: isRetryCount,
  redirect: isRetryCount,
  status: isRetryCount,
  other: isRetryCount,
  allowedMethods: isIterable("a list of methods (['GET', 'PUT'])"),
  statusForcelist: isIterable('a list of statuses ([502, 503, 504])'),
  backoffFactor: isNonNegativeNumber,
  backoffMax: isNonNegativeNumber,
  raiseOnRedirect: isBoolean,
  raiseOnStatus: isBoolean,
  respectRetryAfterHeader: isBoolean,
  retryAfterMax: isNonNegativeNumber,
  history: null,
});

/** `maxRetries`: a number of retries, or a `Retry`. */
const isMaxRetries: OptionCheck = (value, option) => {
  if (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { increment?: unknown }).increment === 'function'
  )
    return;
  isNonNegativeInteger(value, option);
};

/** `http2`: true, false or `'prior-knowledge'`. */
const isHttp2Mode: OptionCheck = (value, option) => {
  if (typeof value === 'boolean' || value === 'prior-knowledge') return;
  throw invalidOption(option, "true, false or 'prior-knowledge'", value);
};

/** `new HTTPAdapter(options)`. */
export const HTTP_ADAPTER_OPTIONS = optionTable('new HTTPAdapter', {
  poolConnections: isPositiveInteger,
  poolMaxsize: isPositiveInteger,
  maxRetries: isMaxRetries,
  poolBlock: isBoolean,
  http2: isHttp2Mode,
  maxConcurrentStreams: isPositiveInteger,
});
