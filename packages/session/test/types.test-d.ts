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
