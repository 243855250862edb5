/** @reqs/adapters: HTTPAdapter for reqs on undici: pools, streaming, timeouts, TLS, proxies, retries. */

export type { Http2Mode } from './connect/dial.js';
export { SUPPORTED_CODINGS } from './decoding/decode-body.js';
export { disableWarnings, type WarningCategory } from './disable-warnings.js';
export { HTTPAdapter, type HTTPAdapterOptions } from './http-adapter.js';
export { Retry } from './retry.js';
export type {
  RetryCount,
  RetryHistoryEntry,
  RetryIncrement,
  RetryOptions,
  RetryResponse,
} from './retry-options.js';
