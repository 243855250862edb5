/** A registered mock route as users see it: what it matches and what it was asked. */
import type { MockCall } from './mock-call.js';

/** For the adapter: records a call on a route. */
export let recordRouteCall: (route: MockRoute, call: MockCall) => void;
/** For the adapter: forgets a route's calls. */
export let clearRouteCalls: (route: MockRoute) => void;

/**
 * A route registered with `mock.get(…)`, `mock.on(…)`: what it matches, how often it may
 * answer, and the calls it answered.
 *
 * @example
 * const user = mock.get('https://api.test/user', { json: { id: 1 } });
 * await s.get('https://api.test/user');
 * user.callCount; // 1
 */
export class MockRoute {
  /** The method it matches (`'*'` for any). */
  readonly method: string;
  /** The URL it matches, as shown in messages. */
  readonly url: string;
  /** The extra matchers it has (`['query', 'headers']`). */
  readonly matchers: readonly string[];
  /** How many calls it answers (`Infinity` when unlimited). */
  readonly times: number;
  readonly #calls: MockCall[] = [];

  static {
    recordRouteCall = (route, call) => {
      route.#calls.push(call);
    };
    clearRouteCalls = (route) => {
      route.#calls.length = 0;
    };
  }

  /** @internal made by MockAdapter. */
  constructor(method: string, url: string, matchers: readonly string[], times: number) {
    this.method = method;
    this.url = url;
    this.matchers = matchers;
    this.times = times;
  }

  /** The calls it answered, oldest first. */
  get calls(): readonly MockCall[] {
    return this.#calls;
  }

  /** How many calls it answered. */
  get callCount(): number {
    return this.#calls.length;
  }

  /** True once it answered a call. */
  get called(): boolean {
    return this.#calls.length > 0;
  }

  /** True when it answered all the calls it may (never, for an unlimited route). */
  get usedUp(): boolean {
    return this.#calls.length >= this.times;
  }

  /** True while it still expects calls: a limited route not used up, an unlimited one never called. */
  get pending(): boolean {
    return this.times === Number.POSITIVE_INFINITY ? this.#calls.length === 0 : !this.usedUp;
  }

  /**
   * The route as its method and URL pattern, e.g. `GET https://api.test/user`.
   * @example
   * ```ts
   * const route = mock.get('https://api.test/user', { json: { id: 1 } });
   * console.log(`${route}`); // GET https://api.test/user
   * ```
   */
  toString(): string {
    return `${this.method} ${this.url}`;
  }
}
