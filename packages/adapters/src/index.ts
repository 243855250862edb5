/** @reqs/adapters: HTTPAdapter for reqs on undici: pools, streaming, timeouts, TLS, proxies, retries. */
export { Retry } from './retry.js';
export type {
  RetryCount,
  RetryHistoryEntry,
  RetryIncrement,
  RetryOptions,
  RetryResponse,
} from './retry-options.js';
