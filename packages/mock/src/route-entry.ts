/** A route's matching machinery (internal to the adapter): method, URL, extra matchers, answers. */
import type { PreparedRequest } from '@reqs/core';
import { MockRoute } from './mock-route.js';
import { compileMatchers, type RequestMatchers } from './request-matchers.js';
import type { MockAnswer, MockAnswers } from './response-spec.js';
import type { MockRouteOptions } from './route-options.js';
import { compileUrl, type MockUrl, type RequestUrl, type UrlMatcher } from './url-matcher.js';
import { validateRouteOptions, validateSpec } from './validate-spec.js';

/** Why a route did not take a request, and how near it came (higher is nearer). */
export interface Miss {
  readonly entry: RouteEntry;
  readonly nearness: number;
  readonly reason: string;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One registered route: the public {@link MockRoute} and what it takes to match and answer. */
export class RouteEntry {
  readonly route: MockRoute;
  readonly #method: string;
  readonly #url: UrlMatcher;
  readonly #matchers: RequestMatchers;
  readonly #answers: readonly MockAnswer[];

  /** @throws TypeError (InvalidHeader) for a bad URL, spec or option, before any request. */
  constructor(method: string, url: MockUrl, answers: MockAnswers, options: MockRouteOptions) {
    validateRouteOptions(options);
    const list: readonly MockAnswer[] = Array.isArray(answers) ? answers : [answers as MockAnswer];
    if (list.length === 0) throw new TypeError('A mock route needs at least one answer');
    for (const answer of list) if (typeof answer !== 'function') validateSpec(answer);
    this.#method = method;
    this.#url = compileUrl(url);
    this.#matchers = compileMatchers(options);
    this.#answers = list;
    const times =
      options.times ??
      (options.persist === true || list.length === 1 ? Number.POSITIVE_INFINITY : list.length);
    this.route = new MockRoute(method, this.#url.label, this.#matchers.names, times);
  }

  /** True when matching reads the request body. */
  get needsBody(): boolean {
    return this.#matchers.needsBody;
  }

  /** True when the method and URL fit (the cheap part of matching); the URL params, else null. */
  matchTarget(method: string, url: RequestUrl): Readonly<Record<string, string>> | null {
    if (this.#method !== '*' && this.#method !== method) return null;
    return this.#url.match(url);
  }

  /** The first extra matcher that refuses the request, or null when all accept it. */
  refusal(request: PreparedRequest, url: RequestUrl, body: Uint8Array | null): string | null {
    for (const check of this.#matchers.checks) {
      const why = check(request, url, body);
      if (why !== null) return why;
    }
    return null;
  }

  /** The answer for the call numbered `index` (the last of a sequence repeats). */
  answerAt(index: number): MockAnswer {
    return this.#answers[Math.min(index, this.#answers.length - 1)]!;
  }

  /** How near the route came to taking a request it did not take, and why not. */
  miss(request: PreparedRequest, url: RequestUrl, body: Uint8Array | null): Miss {
    const methodOk = this.#method === '*' || this.#method === request.method;
    const urlOk = this.#url.match(url) !== null;
    if (urlOk && methodOk) {
      const why = this.route.usedUp
        ? `used up (answered ${this.route.callCount} of ${this.route.times} times)`
        : (this.refusal(request, url, body) ?? 'its matchers need the body');
      return { entry: this, nearness: 3000, reason: `method and URL match, but ${why}` };
    }
    if (urlOk) return { entry: this, nearness: 2000, reason: `URL matches, method is ${this.#method}` };
    const sameOrigin = this.#url.origin === null || this.#url.origin === url.origin;
    const near = commonPrefix(this.#url.path, url.pathname) + (methodOk ? 1 : 0);
    const reason = sameOrigin ? 'path differs' : `origin differs (${this.#url.origin})`;
    return { entry: this, nearness: (sameOrigin ? 1000 : 0) + near, reason };
  }
}
