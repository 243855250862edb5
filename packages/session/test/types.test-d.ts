// Type-level checks of the public surface (compiled by `pnpm typecheck`, not run).

import { RequestsCookieJar } from '@reqs/cookies';
import type { CookieJar, PreparedRequest, Response } from '@reqs/core';
import { expectTypeOf } from 'vitest';
import { type RequestOptions, Session } from '../src/index.js';

const s = new Session();
expectTypeOf(s.get('http://x/')).toEqualTypeOf<Promise<Response>>();
expectTypeOf(s.send).parameter(0).toEqualTypeOf<PreparedRequest>();
expectTypeOf(s.cookies).toEqualTypeOf<CookieJar>();
s.cookies = new RequestsCookieJar();
s.timeout = { connect: 1000, total: 5000 };
s.timeout = null;
s.netrcAuth = (url: string) => (url ? ['u', 'p'] : null);
s.headers['x-test'] = 'value';
expectTypeOf(s.resolveRedirects).returns.toEqualTypeOf<AsyncGenerator<Response, void, undefined>>();
const options: RequestOptions = { params: { a: 1, b: [true, 'x'] }, headers: { A: null }, timeout: [1, 2] };
void options;
// @ts-expect-error unknown options are rejected
const bad: RequestOptions = { allow_redirects: false };
void bad;
// @ts-expect-error a method needs a URL
void s.get();

// Many requests at once: results in input order, a handler's type joins them.
expectTypeOf(s.map(['http://x/'])).toEqualTypeOf<Promise<(Response | null)[]>>();
expectTypeOf(s.map(['http://x/'], { exceptionHandler: () => 'failed' })).toEqualTypeOf<
  Promise<(Response | string | null)[]>
>();
expectTypeOf(s.imap(['http://x/'])).toEqualTypeOf<AsyncGenerator<Response, void, undefined>>();
// @ts-expect-error map options are checked like request options
void s.map([], { sizes: 3 });
// Request-side hooks are typed per event.
s.registerHook('preSend', (p, o) => {
  expectTypeOf(p).toEqualTypeOf<PreparedRequest>();
  expectTypeOf(o.stream).toEqualTypeOf<boolean>();
});
s.registerHook('redirect', () => false);
s.registerHook('retry', ({ attempt }) => attempt * 100);
// @ts-expect-error a redirect hook returns a request, a boolean or nothing
s.registerHook('redirect', () => 'no');
// @ts-expect-error no such event
s.registerHook('before', () => {});
const verbose: { write(line: string): unknown } = process.stderr;
s.verbose = verbose;
