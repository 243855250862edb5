import { CaseInsensitiveDict, type ResponseHook } from '@reqs/core';
import { describe, expect, it } from 'vitest';
import { mergeHeaders, mergeHooks, mergeProxies, mergeSetting, resolveVerify } from '../src/index.js';
import { setEnv } from './helpers.js';

describe('mergeSetting', () => {
  const cases: [string, unknown, unknown, unknown][] = [
    ['session missing: request', { a: 1 }, null, { a: 1 }],
    ['request missing: session', undefined, { a: 1 }, { a: 1 }],
    ['both missing', null, undefined, null],
    ['not mappings: request wins', false, true, false],
    ['string over mapping: request wins', 'a=1', { b: '2' }, 'a=1'],
    ['array over mapping: request wins', [['a', '1']], { b: '2' }, [['a', '1']]],
    ['merged, request wins', { a: '2', c: '3' }, { a: '1', b: '1' }, { a: '2', b: '1', c: '3' }],
    ['null in request removes a session key', { a: null }, { a: '1', b: '1' }, { b: '1' }],
    ['null in session is dropped', { c: '1' }, { a: null }, { c: '1' }],
  ];
  it.each(cases)('%s', (_name, request, session, expected) => {
    expect(mergeSetting(request, session)).toEqual(expected);
  });

  it('changes neither input and keeps __proto__ as a key', () => {
    const request = JSON.parse('{"__proto__": "x", "a": "2"}') as Record<string, string>;
    const session = { a: '1' };
    const merged = mergeSetting<Record<string, string>>(request, session) as Record<string, string>;
    expect(Object.keys(merged)).toEqual(['a', '__proto__']);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(session).toEqual({ a: '1' });
  });
});

describe('mergeHeaders', () => {
  it('merges case-insensitively with the request casing, null removes', () => {
    const session = new CaseInsensitiveDict<string | null>({
      Accept: '*/*',
      'X-Session': 's',
      'X-None': null,
    });
    const merged = mergeHeaders({ accept: 'text/html', 'x-session': null, 'X-Req': 'r' }, session);
    expect(merged.toJSON()).toEqual({ accept: 'text/html', 'X-Req': 'r' });
    expect(session.get('x-session')).toBe('s');
  });

  it('accepts pairs and a Headers object', () => {
    const session = new CaseInsensitiveDict<string | null>({ A: '1' });
    expect(mergeHeaders([['b', '2']], session).toJSON()).toEqual({ A: '1', b: '2' });
    expect(mergeHeaders(new Headers({ a: '3' }), session).toJSON()).toEqual({ a: '3' });
  });
});

describe('mergeHooks', () => {
  const s: ResponseHook = () => undefined;
  const r: ResponseHook = () => undefined;
  it.each([
    ['both', { response: [r] }, { response: [s] }, [s, r]],
    ['a single request hook', { response: r }, { response: [s] }, [s, r]],
    ['session only', null, { response: [s] }, [s]],
    ['request only', { response: [r] }, { response: [] }, [r]],
  ] as const)('%s: session hooks first', (_name, request, session, expected) => {
    const merged = mergeHooks(request, session);
    const list = merged?.response;
    expect(typeof list === 'function' ? [list] : [...(list ?? [])]).toEqual(expected);
  });
});

describe('mergeProxies and resolveVerify', () => {
  it('merges proxies, request over session, null removes', () => {
    expect(
      mergeProxies({ http: 'http://r:1', https: null }, { https: 'http://s:1', all: 'http://a:1' }),
    ).toEqual({
      http: 'http://r:1',
      all: 'http://a:1',
    });
    const session = { http: 'http://s:1' };
    const copy = mergeProxies(undefined, session);
    expect(copy).toEqual(session);
    expect(copy).not.toBe(session);
  });

  it('uses REQUESTS_CA_BUNDLE, then CURL_CA_BUNDLE, only in place of true', () => {
    setEnv({ REQUESTS_CA_BUNDLE: undefined, CURL_CA_BUNDLE: '/curl.pem' });
    expect(resolveVerify(undefined, true, true)).toBe('/curl.pem');
    setEnv({ REQUESTS_CA_BUNDLE: '/requests.pem' });
    expect(resolveVerify(undefined, true, true)).toBe('/requests.pem');
    expect(resolveVerify(true, true, true)).toBe('/requests.pem');
    // Explicit settings beat the environment (Requests issue #3829).
    expect(resolveVerify(undefined, false, true)).toBe(false);
    expect(resolveVerify(false, true, true)).toBe(false);
    expect(resolveVerify('/mine.pem', true, true)).toBe('/mine.pem');
    expect(resolveVerify(undefined, '/session.pem', true)).toBe('/session.pem');
    expect(resolveVerify(undefined, true, false)).toBe(true);
  });
});
