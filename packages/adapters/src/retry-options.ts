// The option and record types of Retry.
import type { Response } from '@reqs/core';

/**
 * A retry counter: a number of retries left, `false` (never retry: re-raise), or null (no limit).
 * @example
 * new Retry({ total: 3, read: false, redirect: null }); // 3 in all; re-raise read errors; redirects unlimited (within total)
 */
export type RetryCount = number | false | null;

/**
 * What {@link Retry} reads from a response: its status and headers.
 * @example
 * ```ts
 * const retry = new Retry({ total: 3, statusForcelist: [503] });
 * const answer: RetryResponse = { statusCode: 503, headers: new CaseInsensitiveDict({ 'Retry-After': '2' }) };
 * if (retry.isRetry('GET', answer.statusCode, true)) await retry.sleep(answer); // waits 2 s
 * ```
 */
export type RetryResponse = Pick<Response, 'statusCode' | 'headers'>;

/**
 * One attempt that led to a retry.
 * @example
 * ```ts
 * let retry = new Retry({ total: 3, statusForcelist: [503] });
 * retry = retry.increment({ method: 'GET', url: 'https://example.org/', error: new ConnectionError('reset') });
 * for (const attempt of retry.history) console.log(attempt.method, attempt.url, attempt.status ?? attempt.error);
 * ```
 */
export interface RetryHistoryEntry {
  /** The method of the attempt, when known. */
  readonly method: string | null;
  /** The URL of the attempt, when known. */
  readonly url: string | null;
  /** The error the attempt failed with; `undefined` when it got a response. */
  readonly error: unknown;
  /** The status of the response the attempt got; null when it failed with an error. */
  readonly status: number | null;
  /** Where a redirect response pointed (its `Location`); null for other attempts. */
  readonly redirectLocation: string | null;
}

/**
 * Options of {@link Retry}: urllib3's, camelCased; every duration is in milliseconds.
 * @example
 * const options: RetryOptions = { total: 5, read: 2, statusForcelist: [429, 503], backoffFactor: 250, respectRetryAfterHeader: true };
 * new HTTPAdapter({ maxRetries: new Retry(options) });
 */
export interface RetryOptions {
  /** Retries of any kind; takes precedence over the others (default 10); `false` re-raises at once. */
  total?: RetryCount;
  /** Retries on errors before the request reached the server (connect timeout, refused, DNS). */
  connect?: RetryCount;
  /** Retries on errors after the request was sent (read timeout, reset); `false` re-raises. */
  read?: RetryCount;
  /** Redirects counted (the session follows redirects; kept for urllib3 parity). */
  redirect?: RetryCount;
  /** Retries on a status in `statusForcelist`. */
  status?: number | null;
  /** Retries on other errors (TLS failures…). */
  other?: number | null;
  /** Methods retried on read errors and statuses (default: HEAD GET PUT DELETE OPTIONS TRACE); null: any. */
  allowedMethods?: Iterable<string> | null;
  /** Statuses to retry on (when the method is allowed). */
  statusForcelist?: Iterable<number> | null;
  /** Backoff base in ms: the n-th consecutive retry waits `backoffFactor * 2 ** (n - 1)` (the first waits 0). */
  backoffFactor?: number;
  /** Upper bound of a backoff in ms (default 120 000). */
  backoffMax?: number;
  /** Raise {@link RetryError} when redirects are exhausted (default true). */
  raiseOnRedirect?: boolean;
  /** Raise {@link RetryError} when status retries are exhausted, else return the last response (default true). */
  raiseOnStatus?: boolean;
  /** Wait as `Retry-After` says (seconds or HTTP-date) on 413/429/503 and forcelisted statuses (default true). */
  respectRetryAfterHeader?: boolean;
  /** Upper bound of a `Retry-After` wait in ms (default 6 hours). */
  retryAfterMax?: number;
  /** Attempts so far (set by `increment`). */
  history?: readonly RetryHistoryEntry[];
}

/**
 * What happened on the attempt being counted.
 * @example
 * ```ts
 * const attempt: RetryIncrement = { method: 'GET', url: 'https://example.org/', error: new ReadTimeout('read timed out') };
 * const next = new Retry({ total: 3, read: 2 }).increment(attempt);
 * console.log(next.read); // 1
 * ```
 */
export interface RetryIncrement {
  /** The method sent. */
  method?: string | null;
  /** The URL sent. */
  url?: string | null;
  /** The response received, when the attempt got one (a status to retry on or a redirect). */
  response?: Response | null;
  /** The error the attempt failed with, when it got no response. */
  error?: unknown;
}
