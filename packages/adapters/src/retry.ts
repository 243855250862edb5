// Retry: urllib3's retry policy (counters, backoff, Retry-After), immutable; durations in ms.

import { checkOptions, type Response, RetryError, redactUrl } from '@reqs/core';
import { abortableSleep } from './abortable-sleep.js';
import { RETRY_OPTIONS } from './option-tables.js';
import { parseRetryAfter } from './retry-after.js';
import { retryErrorKind } from './retry-error-kind.js';
import type {
  RetryCount,
  RetryHistoryEntry,
  RetryIncrement,
  RetryOptions,
  RetryResponse,
} from './retry-options.js';

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

function redirectLocation(response: RetryResponse): string | null {
  return REDIRECT_STATUSES.has(response.statusCode) ? (response.headers.get('location') ?? null) : null;
}

/** How one attempt changes the counters. */
interface CountStep {
  counts: Pick<RetryOptions, 'connect' | 'read' | 'redirect' | 'status' | 'other'>;
  reason: string;
  status: number | null;
  location: string | null;
}

function decrement<T extends RetryCount>(count: T): T {
  return (typeof count === 'number' ? count - 1 : count) as T;
}

/**
 * How often and how patiently to retry, as urllib3's `Retry`: immutable, each
 * {@link Retry.increment} returns a new one. Give it to `new HTTPAdapter({ maxRetries })`.
 *
 * @example
 * const retry = new Retry({ total: 5, backoffFactor: 500, statusForcelist: [502, 503, 504] });
 * session.mount('https://', new HTTPAdapter({ maxRetries: retry }));
 */
export class Retry {
  /** Methods retried by default: the idempotent ones. */
  static readonly DEFAULT_ALLOWED_METHODS: ReadonlySet<string> = new Set([
    'HEAD',
    'GET',
    'PUT',
    'DELETE',
    'OPTIONS',
    'TRACE',
  ]);
  /** Statuses on which a `Retry-After` header alone triggers a retry. */
  static readonly RETRY_AFTER_STATUS_CODES: ReadonlySet<number> = new Set([413, 429, 503]);

  /** Retries of any kind left (`false`: re-raise at once; null: no limit). */
  readonly total: RetryCount;
  /** Retries left on errors before the request reached the server (connect timeout, refused, DNS). */
  readonly connect: RetryCount;
  /** Retries left on errors after the request was sent (read timeout, reset). */
  readonly read: RetryCount;
  /** Redirects left to count. */
  readonly redirect: RetryCount;
  /** Retries left on a status of `statusForcelist` (null: only `total` limits them). */
  readonly status: number | null;
  /** Retries left on other errors such as TLS failures (null: only `total` limits them). */
  readonly other: number | null;
  /** Methods retried on read errors and statuses, upper-cased; null: any method. */
  readonly allowedMethods: ReadonlySet<string> | null;
  /** Statuses that trigger a retry when the method is allowed. */
  readonly statusForcelist: ReadonlySet<number>;
  /** Backoff base in ms: the n-th consecutive retry waits `backoffFactor * 2 ** (n - 1)`. */
  readonly backoffFactor: number;
  /** Upper bound of a backoff in ms. */
  readonly backoffMax: number;
  /** Whether exhausting redirects raises a {@link RetryError} (else the last response is returned). */
  readonly raiseOnRedirect: boolean;
  /** Whether exhausting status retries raises a {@link RetryError} (else the last response is returned). */
  readonly raiseOnStatus: boolean;
  /** Whether a `Retry-After` header sets the wait (on 413/429/503 and forcelisted statuses). */
  readonly respectRetryAfterHeader: boolean;
  /** Upper bound of a `Retry-After` wait in ms. */
  readonly retryAfterMax: number;
  /** The attempts counted so far, oldest first. */
  readonly history: readonly RetryHistoryEntry[];

  /**
   * A retry policy: how many retries of each kind, on which methods and statuses, with what backoff.
   *
   * @throws TypeError for an unknown option (`backoff_factor` → `backoffFactor`) or a value of the wrong type.
   * @example
   * const retry = new Retry({ total: 5, backoffFactor: 500, statusForcelist: [502, 503, 504] });
   * s.mount('https://', new HTTPAdapter({ maxRetries: retry }));
   */
  constructor(options: RetryOptions = {}) {
    checkOptions(options, RETRY_OPTIONS);
    this.total = options.total === undefined ? 10 : options.total;
    this.connect = options.connect ?? null;
    this.read = options.read ?? null;
    // urllib3: redirect=False or total=False mean "no redirects, and do not raise on them".
    const noRedirects = options.redirect === false || options.total === false;
    this.redirect = noRedirects ? 0 : (options.redirect ?? null);
    this.raiseOnRedirect = noRedirects ? false : (options.raiseOnRedirect ?? true);
    this.status = options.status ?? null;
    this.other = options.other ?? null;
    this.allowedMethods =
      options.allowedMethods === null
        ? null
        : options.allowedMethods === undefined
          ? Retry.DEFAULT_ALLOWED_METHODS
          : new Set([...options.allowedMethods].map((m) => m.toUpperCase()));
    this.statusForcelist = new Set(options.statusForcelist ?? []);
    this.backoffFactor = options.backoffFactor ?? 0;
    this.backoffMax = options.backoffMax ?? 120_000;
    this.raiseOnStatus = options.raiseOnStatus ?? true;
    this.respectRetryAfterHeader = options.respectRetryAfterHeader ?? true;
    this.retryAfterMax = options.retryAfterMax ?? 21_600_000;
    this.history = options.history ?? [];
  }

  /**
   * Requests' reading of `max_retries`: a `Retry` is used as is; a number `n` means `n`
   * retries on connection errors and none on read errors (`Retry(n, read=False)`).
   * @example
   * Retry.from(3); // Retry({ total: 3, read: false }): connection errors only
   * Retry.from(new Retry({ total: 2 })); // the same Retry
   */
  static from(maxRetries: number | Retry): Retry {
    return maxRetries instanceof Retry ? maxRetries : new Retry({ total: maxRetries, read: false });
  }

  /**
   * A copy with some options replaced.
   * @example
   * const base = new Retry({ total: 3, backoffFactor: 200 });
   * const patient = base.with({ total: 10, backoffMax: 30_000 });
   */
  with(options: RetryOptions): Retry {
    return new Retry({ ...this.#options(), ...options });
  }

  #options(): RetryOptions {
    return {
      total: this.total,
      connect: this.connect,
      read: this.read,
      redirect: this.redirect,
      status: this.status,
      other: this.other,
      allowedMethods: this.allowedMethods,
      statusForcelist: this.statusForcelist,
      backoffFactor: this.backoffFactor,
      backoffMax: this.backoffMax,
      raiseOnRedirect: this.raiseOnRedirect,
      raiseOnStatus: this.raiseOnStatus,
      respectRetryAfterHeader: this.respectRetryAfterHeader,
      retryAfterMax: this.retryAfterMax,
      history: this.history,
    };
  }

  /**
   * True when `method` may be retried after the request was sent.
   * @example
   * new Retry().isMethodRetryable('PUT'); // true: idempotent
   * new Retry().isMethodRetryable('POST'); // false, unless `allowedMethods` names it (or is null)
   */
  isMethodRetryable(method: string): boolean {
    return this.allowedMethods === null || this.allowedMethods.has(method.toUpperCase());
  }

  /**
   * Should a response with this status be retried? (forcelist, or `Retry-After` on 413/429/503).
   * @example
   * const retry = new Retry({ total: 3, statusForcelist: [503] });
   * retry.isRetry('GET', 503); // true
   * retry.isRetry('GET', 429, true); // true: a Retry-After on 429
   */
  isRetry(method: string, statusCode: number, hasRetryAfter = false): boolean {
    if (!this.isMethodRetryable(method)) return false;
    if (this.statusForcelist.has(statusCode)) return true;
    return Boolean(
      this.total &&
        this.respectRetryAfterHeader &&
        hasRetryAfter &&
        Retry.RETRY_AFTER_STATUS_CODES.has(statusCode),
    );
  }

  /** True once any counter has gone below zero. */
  get isExhausted(): boolean {
    const counts = [this.total, this.connect, this.read, this.redirect, this.status, this.other];
    return counts.some((count) => typeof count === 'number' && count < 0);
  }

  /**
   * Counts one more attempt and returns the new state.
   *
   * @throws the `error` itself when that kind of retry is disabled (`false`) or the method may not be retried after a read error.
   * @throws RetryError (with `cause` the error, `response` the response) when a counter is exhausted.
   * @example
   * let retry = new Retry({ total: 2 });
   * retry = retry.increment({ method: 'GET', url: 'https://example.org/', error: new ConnectionError('reset') });
   * console.log(retry.total, retry.history.length); // 1 1
   */
  increment(attempt: RetryIncrement = {}): Retry {
    const { method = null, url = null, response = null, error } = attempt;
    if (this.total === false && error !== undefined) throw error;
    const step = error !== undefined ? this.#countError(error, method) : this.#countResponse(response);
    const entry = { method, url, error, status: step.status, redirectLocation: step.location };
    const next = this.with({
      ...step.counts,
      total: decrement(this.total),
      history: [...this.history, entry],
    });
    if (next.isExhausted) {
      const caused =
        error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? step.reason);
      const where = url === null ? '' : redactUrl(url);
      throw new RetryError(`Max retries exceeded with url: ${where} (Caused by ${caused})`, {
        cause: error,
        response,
      });
    }
    return next;
  }

  #countError(error: unknown, method: string | null): CountStep {
    const kind = retryErrorKind(error);
    const step: CountStep = { counts: {}, reason: 'unknown', status: null, location: null };
    if (kind === 'connect') {
      if (this.connect === false) throw error;
      step.counts.connect = decrement(this.connect);
    } else if (kind === 'read') {
      if (this.read === false || method === null || !this.isMethodRetryable(method)) throw error;
      step.counts.read = decrement(this.read);
    } else {
      step.counts.other = decrement(this.other);
    }
    return step;
  }

  #countResponse(response: Response | null): CountStep {
    const step: CountStep = {
      counts: {},
      reason: 'unknown',
      status: response?.statusCode ?? null,
      location: null,
    };
    if (response === null) return step;
    step.location = redirectLocation(response);
    if (step.location !== null) {
      step.counts.redirect = decrement(this.redirect);
      step.reason = 'too many redirects';
    } else {
      step.counts.status = decrement(this.status);
      step.reason = `too many ${response.statusCode} error responses`;
    }
    return step;
  }

  /**
   * The backoff before the next attempt in ms: 0 after a single failure, then
   * `backoffFactor * 2 ** (n - 1)` for `n` consecutive failures (redirects reset the run), at most `backoffMax`.
   * @example
   * const retry = new Retry({ total: 5, backoffFactor: 100 });
   * const once = retry.increment({ error: new ConnectionError('x') });
   * const twice = once.increment({ error: new ConnectionError('x') });
   * console.log(once.getBackoffTime(), twice.getBackoffTime()); // 0 200
   */
  getBackoffTime(): number {
    let consecutive = 0;
    for (let i = this.history.length - 1; i >= 0 && this.history[i]!.redirectLocation === null; i--)
      consecutive++;
    if (consecutive <= 1) return 0;
    return Math.max(0, Math.min(this.backoffMax, this.backoffFactor * 2 ** (consecutive - 1)));
  }

  /**
   * The wait a response's `Retry-After` asks for, in ms, or null without one.
   * @example
   * const r = await requests.get('https://httpbin.org/response-headers?Retry-After=3');
   * new Retry().getRetryAfter(r); // 3000
   */
  getRetryAfter(response: RetryResponse): number | null {
    const value = response.headers.get('retry-after');
    return value === null || value === undefined ? null : parseRetryAfter(value, this.retryAfterMax);
  }

  /**
   * The wait before the next attempt in ms: `Retry-After` when respected and present, else the backoff.
   * @example
   * const wait = retry.getSleepTime(response); // Retry-After when respected and present, else the backoff
   */
  getSleepTime(response?: RetryResponse | null): number {
    if (this.respectRetryAfterHeader && response) {
      const retryAfter = this.getRetryAfter(response);
      if (retryAfter) return retryAfter;
    }
    return this.getBackoffTime();
  }

  /**
   * Waits {@link Retry.getSleepTime}; rejects with the signal's reason when `signal` aborts.
   * @example
   * const controller = new AbortController();
   * await retry.sleep(response, controller.signal); // rejects early if the controller aborts
   */
  sleep(response?: RetryResponse | null, signal?: AbortSignal): Promise<void> {
    return abortableSleep(this.getSleepTime(response), signal);
  }

  /**
   * The counters in urllib3's form, for logs: `Retry(total=…, connect=…, read=…, redirect=…, status=…)`.
   * @example
   * ```ts
   * console.log(String(new Retry({ total: 3, connect: 2 }))); // Retry(total=3, connect=2, read=null, redirect=null, status=null)
   * ```
   */
  toString(): string {
    return `Retry(total=${this.total}, connect=${this.connect}, read=${this.read}, redirect=${this.redirect}, status=${this.status})`;
  }
}
