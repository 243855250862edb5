import {
  ChunkedEncodingError,
  ConnectionError,
  ConnectTimeout,
  InvalidHeader,
  ProxyError,
  ReadTimeout,
  Response,
  RetryError,
  SSLError,
} from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { Retry } from '../src/retry.js';
import { parseRetryAfter } from '../src/retry-after.js';
import { retryErrorKind } from '../src/retry-error-kind.js';

const withCode = (code: string) => Object.assign(new Error(code), { code });
const refused = () => new ConnectionError('refused', { cause: withCode('ECONNREFUSED') });
const reset = () => new ConnectionError('reset', { cause: withCode('ECONNRESET') });

function response(statusCode: number, headers: Record<string, string> = {}): Response {
  const r = new Response();
  r.statusCode = statusCode;
  for (const [name, value] of Object.entries(headers)) r.headers.set(name, value);
  return r;
}

describe('retryErrorKind', () => {
  it.each([
    ['ConnectTimeout', new ConnectTimeout('t'), 'connect'],
    ['refused', refused(), 'connect'],
    ['DNS', new ConnectionError('dns', { cause: withCode('ENOTFOUND') }), 'connect'],
    ['proxy unreachable', new ProxyError('p', { cause: withCode('ECONNREFUSED') }), 'connect'],
    ['proxy 407', new ProxyError('Tunnel connection failed: 407'), 'other'],
    ['reset', reset(), 'read'],
    ['ReadTimeout', new ReadTimeout('r'), 'read'],
    ['ChunkedEncodingError', new ChunkedEncodingError('c'), 'read'],
    ['SSLError', new SSLError('s', { cause: withCode('CERT_HAS_EXPIRED') }), 'other'],
    ['TypeError', new TypeError('x'), 'other'],
  ] as const)('%s → %s', (_name, error, kind) => {
    expect(retryErrorKind(error)).toBe(kind);
  });
});

describe('Retry', () => {
  it('has urllib3 defaults', () => {
    const retry = new Retry();
    expect(retry.total).toBe(10);
    expect([...(retry.allowedMethods ?? [])].sort()).toEqual([
      'DELETE',
      'GET',
      'HEAD',
      'OPTIONS',
      'PUT',
      'TRACE',
    ]);
    expect(retry.backoffMax).toBe(120_000);
    expect(retry.raiseOnStatus).toBe(true);
    expect(retry.respectRetryAfterHeader).toBe(true);
    expect(retry.isExhausted).toBe(false);
    expect(String(retry)).toBe('Retry(total=10, connect=null, read=null, redirect=null, status=null)');
  });

  it('Retry.from(3) allows 3 connect retries and no read retry, as Requests', () => {
    let retry = Retry.from(3);
    expect(retry).toMatchObject({ total: 3, read: false });
    for (let i = 0; i < 3; i++)
      retry = retry.increment({ method: 'GET', url: 'http://x/', error: refused() });
    expect(retry.total).toBe(0);
    const error = refused();
    let thrown: unknown;
    try {
      retry.increment({ method: 'GET', url: 'http://x/', error });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RetryError);
    expect((thrown as RetryError).cause).toBe(error);
    expect((thrown as RetryError).message).toBe(
      'Max retries exceeded with url: http://x/ (Caused by ConnectionError: refused)',
    );
    const readError = new ReadTimeout('slow');
    expect(() => Retry.from(3).increment({ method: 'GET', error: readError })).toThrow(readError);
    expect(Retry.from(new Retry({ total: 1 })).total).toBe(1);
  });

  it('Retry.from(0) exhausts on the first error', () => {
    expect(() => Retry.from(0).increment({ method: 'GET', error: refused() })).toThrow(RetryError);
  });

  it.each([
    [{ total: 0 }, 'error', refused(), RetryError],
    [{ total: false as const }, 'error', refused(), ConnectionError],
    [{ total: 5, connect: false as const }, 'error', refused(), ConnectionError],
    [{ total: 5, connect: 0 }, 'error', refused(), RetryError],
    [{ total: 5, read: 0 }, 'error', reset(), RetryError],
    [{ total: 5, other: 0 }, 'error', new SSLError('bad cert'), RetryError],
  ])('%o on %s throws %o', (options, _what, error, expected) => {
    const retry = new Retry(options);
    expect(() => retry.increment({ method: 'GET', url: 'http://x/', error })).toThrow(expected);
  });

  it('re-raises a read error for a method that is not allowed', () => {
    const error = reset();
    expect(() => new Retry({ total: 5 }).increment({ method: 'POST', error })).toThrow(error);
    expect(new Retry({ total: 5, allowedMethods: null }).increment({ method: 'POST', error }).total).toBe(4);
    expect(new Retry({ total: 5, allowedMethods: ['post'] }).increment({ method: 'POST', error }).total).toBe(
      4,
    );
  });

  it.each([
    [{}, 'GET', 503, false, false],
    [{ statusForcelist: [503] }, 'GET', 503, false, true],
    [{ statusForcelist: [503] }, 'POST', 503, false, false],
    [{}, 'GET', 503, true, true],
    [{}, 'GET', 429, true, true],
    [{}, 'GET', 413, true, true],
    [{}, 'GET', 500, true, false],
    [{ respectRetryAfterHeader: false }, 'GET', 503, true, false],
    [{ total: 0 }, 'GET', 503, true, false],
  ])('isRetry %o %s %i retryAfter=%s → %s', (options, method, status, hasRetryAfter, expected) => {
    expect(new Retry(options).isRetry(method, status, hasRetryAfter)).toBe(expected);
  });

  it('counts status retries and raises RetryError with the last response', () => {
    let retry = new Retry({ total: 10, status: 1, statusForcelist: [500] });
    retry = retry.increment({ method: 'GET', url: 'http://x/', response: response(500) });
    expect(retry.status).toBe(0);
    const last = response(500);
    let thrown: unknown;
    try {
      retry.increment({ method: 'GET', url: 'http://x/', response: last });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(RetryError);
    expect((thrown as RetryError).response).toBe(last);
    expect((thrown as RetryError).message).toContain('too many 500 error responses');
  });

  it('counts redirects apart from statuses', () => {
    const retry = new Retry({ total: 10, redirect: 2 }).increment({
      method: 'GET',
      response: response(302, { location: '/next' }),
    });
    expect(retry.redirect).toBe(1);
    expect(retry.history.at(-1)?.redirectLocation).toBe('/next');
    expect(new Retry({ redirect: false })).toMatchObject({ redirect: 0, raiseOnRedirect: false });
  });

  it.each([
    [[], 0],
    [[1], 0],
    [[1, 2], 200],
    [[1, 2, 3], 400],
    [[1, 2, 3, 4], 800],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9], 1000],
  ])('backoff after %j errors is %i ms (factor 100, max 1000)', (errors, expected) => {
    let retry = new Retry({ total: 20, backoffFactor: 100, backoffMax: 1000 });
    for (const _ of errors) retry = retry.increment({ method: 'GET', error: refused() });
    expect(retry.getBackoffTime()).toBe(expected);
  });

  it('a redirect resets the run of consecutive errors', () => {
    let retry = new Retry({ total: 20, backoffFactor: 100 });
    retry = retry.increment({ method: 'GET', error: refused() });
    retry = retry.increment({ method: 'GET', error: refused() });
    retry = retry.increment({ method: 'GET', response: response(301, { location: '/a' }) });
    retry = retry.increment({ method: 'GET', error: refused() });
    expect(retry.getBackoffTime()).toBe(0);
  });

  it('sleeps as Retry-After says, else the backoff', async () => {
    const retry = new Retry({ backoffFactor: 10_000 });
    expect(retry.getSleepTime(response(503, { 'retry-after': '2' }))).toBe(2000);
    expect(
      new Retry({ respectRetryAfterHeader: false }).getSleepTime(response(503, { 'retry-after': '2' })),
    ).toBe(0);
    // No Retry-After and no history: no sleep at all (a backoff of 10 s per try otherwise).
    const started = Date.now();
    await retry.sleep(response(503));
    expect(Date.now() - started).toBeLessThan(1_000);
    const controller = new AbortController();
    const sleeping = retry.sleep(response(503, { 'retry-after': '60' }), controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  it.each([
    ['5', 5000],
    [' 7 ', 7000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
    ['Wednesday, 21-Oct-15 07:28:10 GMT', 10_000],
    ['Wed Oct 21 07:28:20 2015', 20_000],
    ['99999999', 21_600_000],
  ])('%j → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, 21_600_000, now)).toBe(expected);
  });

  it('rejects a value that is neither seconds nor a date', () => {
    expect(() => parseRetryAfter('soon', 1000)).toThrow(InvalidHeader);
    expect(() => parseRetryAfter('-1', 1000)).toThrow('Invalid Retry-After header: -1');
  });
});

describe('Retry#isMethodRetryable', () => {
  it('allows the idempotent methods by default, in any casing, and never POST or PATCH', () => {
    const retry = new Retry();
    for (const method of ['GET', 'head', 'PUT', 'delete', 'OPTIONS', 'TRACE']) {
      expect(retry.isMethodRetryable(method), method).toBe(true);
    }
    expect(retry.isMethodRetryable('POST')).toBe(false);
    expect(retry.isMethodRetryable('patch')).toBe(false);
  });

  it('follows allowedMethods, and allows every method when it is null', () => {
    const onlyPost = new Retry({ allowedMethods: ['post'] });
    expect(onlyPost.isMethodRetryable('POST')).toBe(true);
    expect(onlyPost.isMethodRetryable('GET')).toBe(false);
    expect(new Retry({ allowedMethods: null }).isMethodRetryable('PATCH')).toBe(true);
    expect(new Retry({ allowedMethods: [] }).isMethodRetryable('GET')).toBe(false);
  });
});

describe('Retry#getRetryAfter and retryAfterMax', () => {
  it('reads Retry-After as seconds or an HTTP-date, and null without one', () => {
    const retry = new Retry();
    expect(retry.getRetryAfter(response(503, { 'retry-after': '7' }))).toBe(7_000);
    expect(retry.getRetryAfter(response(503))).toBeNull();
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    const ms = retry.getRetryAfter(response(503, { 'retry-after': inAMinute }));
    // An HTTP-date has whole seconds: 59–60 s from now (less any time spent getting here).
    expect(ms).toBeGreaterThan(50_000);
    expect(ms).toBeLessThanOrEqual(60_000);
    expect(retry.getRetryAfter(response(503, { 'retry-after': 'Thu, 01 Jan 1970 00:00:00 GMT' }))).toBe(0);
    expect(() => retry.getRetryAfter(response(503, { 'retry-after': 'later' }))).toThrow(InvalidHeader);
  });

  it('caps Retry-After at retryAfterMax (6 hours by default), also in getSleepTime', () => {
    expect(new Retry().retryAfterMax).toBe(6 * 60 * 60 * 1000);
    const capped = new Retry({ retryAfterMax: 2_500 });
    expect(capped.retryAfterMax).toBe(2_500);
    expect(capped.getRetryAfter(response(429, { 'retry-after': '3600' }))).toBe(2_500);
    expect(capped.getSleepTime(response(429, { 'retry-after': '3600' }))).toBe(2_500);
    expect(capped.getRetryAfter(response(429, { 'retry-after': '1' }))).toBe(1_000);
    expect(new Retry().getRetryAfter(response(429, { 'retry-after': '86400' }))).toBe(21_600_000);
  });

  it('keeps retryAfterMax on the copies increment makes', () => {
    const retry = new Retry({ total: 3, retryAfterMax: 1_234 });
    const next = retry.increment({ method: 'GET', error: refused() });
    expect(next.retryAfterMax).toBe(1_234);
  });
});
