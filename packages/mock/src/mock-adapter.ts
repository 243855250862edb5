/** MockAdapter: a transport adapter that answers from registered routes (requests-mock, undici MockAgent). */
import { AssertionError } from 'node:assert';
import { performance } from 'node:perf_hooks';
import {
  type Adapter,
  BaseAdapter,
  type PreparedRequest,
  RequestException,
  type Response,
  resolveTimeout,
  type SendOptions,
} from '@reqs/core';
import { buildResponse, type MockResponseOnly } from './build-response.js';
import type { MockCall } from './mock-call.js';
import { clearRouteCalls, type MockRoute, recordRouteCall } from './mock-route.js';
import { NoMockAddress } from './no-mock-address.js';
import { Passthrough } from './passthrough.js';
import { withinReadTimeout } from './read-timer.js';
import { requestBodyBytes } from './request-body-bytes.js';
import type { MockAnswers, MockResponseSpec } from './response-spec.js';
import { RouteEntry } from './route-entry.js';
import type { MockRouteOptions } from './route-options.js';
import { assertionMessage, noMatchMessage } from './route-table.js';
import { type MockUrl, parseRequestUrl, type RequestUrl } from './url-matcher.js';
import { validateSpec } from './validate-spec.js';

/**
 * Options of {@link MockAdapter}.
 * @example
 * new MockAdapter({ passthrough: ['http://127.0.0.1:', 'http://localhost:'] });
 * new MockAdapter({ realHttp: true }); // only the routes are mocked; every other request goes out
 */
export interface MockAdapterOptions {
  /** URL prefixes that no route matches go to the real adapter (e.g. `['http://127.0.0.1:']`). */
  readonly passthrough?: readonly string[];
  /** Every request no route matches goes to the real adapter. */
  readonly realHttp?: boolean;
  /** The real adapter (default: a new `HTTPAdapter` of `@reqs/adapters`, loaded when first needed). Closed with the mock. */
  readonly realAdapter?: Adapter;
}

/**
 * Anything adapters mount on: a reqs `Session`.
 * @example
 * ```ts
 * function mockApi(target: Mountable): MockAdapter {
 *   const api = new MockAdapter();
 *   api.get('https://api.test/health', { text: 'ok' });
 *   return api.install(target);
 * }
 * mockApi(new Session());
 * ```
 */
export interface Mountable {
  /** Mounts `adapter` for URLs starting with `prefix`, replacing what was mounted there. */
  mount(prefix: string, adapter: Adapter): void;
}

type MutableCall = { -readonly [K in keyof MockCall]: MockCall[K] };

/** A route that took a request: its call (recorded), URL params, and the call's number on the route. */
interface Match {
  readonly call: MutableCall;
  readonly entry: RouteEntry;
  readonly params: Readonly<Record<string, string>>;
  readonly index: number;
}

/**
 * A transport adapter that answers from routes instead of the network. The whole reqs stack
 * runs over it for real: cookies, redirects, auth challenges, streaming, decoding, timeouts,
 * hooks.
 *
 * @example
 * const mock = new MockAdapter().install(session);
 * mock.get('https://api.test/user', { json: { id: 1 } });
 * (await session.get('https://api.test/user')).json(); // { id: 1 }
 */
export class MockAdapter extends BaseAdapter {
  readonly #entries: RouteEntry[] = [];
  readonly #calls: MockCall[] = [];
  readonly #passthrough: Passthrough;

  /**
   * A mock with no routes yet: `install` it on a session, then add routes.
   *
   * @example
   * const mock = new MockAdapter({ passthrough: ['http://127.0.0.1:'] }); // local test servers stay real
   */
  constructor(options: MockAdapterOptions = {}) {
    super();
    this.#passthrough = new Passthrough(
      options.passthrough ?? [],
      options.realHttp ?? false,
      options.realAdapter ?? null,
    );
  }

  /**
   * Mounts the mock on `http://` and `https://` of `session` (a longer prefix mounted there still wins).
   * @example
   * await using session = new Session();
   * const mock = new MockAdapter().install(session);
   */
  install(session: Mountable): this {
    session.mount('http://', this);
    session.mount('https://', this);
    return this;
  }

  /**
   * Registers a route: `method` (`'*'` for any), a URL (exact, `/path`, pattern with `*` and
   * `:param`, or RegExp), what it answers, and extra matchers. Routes are tried in the order
   * registered; a used-up route is skipped.
   *
   * @throws TypeError (or InvalidHeader) for a bad URL, response or option, at once.
   * @example mock.on('GET', 'https://api.test/page', [{ status: 503 }, { status: 200, text: 'ok' }]);
   */
  on(method: string, url: MockUrl, answers: MockAnswers, options: MockRouteOptions = {}): MockRoute {
    if (method !== '*' && !/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(method)) {
      throw new TypeError(
        `Invalid mock method ${JSON.stringify(method)}: an HTTP method such as 'GET', or '*' for any`,
      );
    }
    const entry = new RouteEntry(method === '*' ? '*' : method.toUpperCase(), url, answers, options);
    this.#entries.push(entry);
    return entry.route;
  }

  /**
   * A route for GET.
   * @example
   * mock.get('https://api.test/users/:id', (request, { params }) => ({ json: { id: Number(params.id) } }));
   */
  get(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('GET', url, answers, options);
  }
  /**
   * A route for HEAD.
   * @example
   * mock.head('https://api.test/file', { headers: { 'Content-Length': '1024' } });
   */
  head(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('HEAD', url, answers, options);
  }
  /**
   * A route for POST.
   * @example
   * mock.post('https://api.test/items', { status: 201, json: { id: 7 } }, { json: { name: 'x' } }); // only for that JSON body
   */
  post(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('POST', url, answers, options);
  }
  /**
   * A route for PUT.
   * @example
   * mock.put('https://api.test/items/7', { status: 204 });
   */
  put(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('PUT', url, answers, options);
  }
  /**
   * A route for PATCH.
   * @example
   * mock.patch('/items/7', { json: { done: true } }); // a path: any host
   */
  patch(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('PATCH', url, answers, options);
  }
  /**
   * A route for DELETE.
   * @example
   * mock.delete('https://api.test/items/7', { status: 404, json: { error: 'gone' } }, { times: 1 });
   */
  delete(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('DELETE', url, answers, options);
  }
  /**
   * A route for OPTIONS.
   * @example
   * mock.options('https://api.test/items', { headers: { Allow: 'GET, POST' } });
   */
  options(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('OPTIONS', url, answers, options);
  }
  /**
   * A route for any method.
   * @example
   * mock.any(/^https:\/\/flaky\.test\//, { error: new ConnectionError('connection reset') });
   */
  any(url: MockUrl, answers: MockAnswers, options?: MockRouteOptions): MockRoute {
    return this.on('*', url, answers, options);
  }

  /** The routes, in the order registered. */
  get routes(): readonly MockRoute[] {
    return this.#entries.map((entry) => entry.route);
  }

  /** Every request received (matched, unmatched, passed through), oldest first. */
  get calls(): readonly MockCall[] {
    return this.#calls;
  }

  /** How many requests were received. */
  get callCount(): number {
    return this.#calls.length;
  }

  /** The last request received, or undefined. */
  get lastCall(): MockCall | undefined {
    return this.#calls.at(-1);
  }

  /**
   * Fails the test when a route was never called.
   *
   * @throws AssertionError when a route was never called, with the table of routes and the requests received.
   * @example
   * mock.get('https://api.test/user', { json: { id: 1 } });
   * await fetchUser(session);
   * mock.assertAllCalled();
   */
  assertAllCalled(): void {
    const idle = this.routes.filter((route) => !route.called);
    if (idle.length === 0) return;
    this.#fail(`${idle.length} of ${this.#entries.length} mock routes were never called`, (r) =>
      r.called ? '' : '← never called',
    );
  }

  /**
   * Fails the test when a route still expects calls.
   *
   * @throws AssertionError when a route still expects calls (a `times` or sequence route not
   *   used up, an unlimited route never called).
   * @example
   * mock.get('https://api.test/jobs/1', [{ json: { state: 'running' } }, { json: { state: 'done' } }]);
   * await waitForJob(session, 1);
   * mock.assertNoPendingRoutes(); // both answers were used
   */
  assertNoPendingRoutes(): void {
    const pending = this.routes.filter((route) => route.pending);
    if (pending.length === 0) return;
    this.#fail(`${pending.length} of ${this.#entries.length} mock routes are still pending`, (r) =>
      r.pending
        ? `← pending (${r.callCount} of ${r.times === Number.POSITIVE_INFINITY ? '1+' : r.times})`
        : '',
    );
  }

  /**
   * Forgets every route and every call.
   * @example
   * afterEach(() => mock.reset());
   */
  reset(): void {
    this.#entries.length = 0;
    this.#calls.length = 0;
  }

  /**
   * Forgets the calls (the routes' too), keeping the routes.
   * @example
   * beforeEach(() => mock.resetCalls()); // routes registered once, calls counted per test
   */
  resetCalls(): void {
    this.#calls.length = 0;
    for (const entry of this.#entries) clearRouteCalls(entry.route);
  }

  /**
   * Answers `request` from the first route that matches.
   * @throws NoMockAddress when none does (and it is not passed through); a mocked `error`;
   *   ReadTimeout when a `delay` outlasts the read timeout; the signal's reason on abort.
   * @example
   * // Sessions call it; a test may too, with a prepared request:
   * const r = await mock.send(new Request('GET', 'https://api.test/user').prepare(), { stream: false, verify: true, proxies: {} });
   */
  override async send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    const started = performance.now();
    if (options.signal?.aborted) throw options.signal.reason;
    const url = parseRequestUrl(request.url);
    const found = await this.#match(request, url);
    if (found === null) return this.#unmatched(request, url, options);
    const { call, entry, params, index } = found;
    try {
      const response = await this.#answer(entry, params, index, request, options);
      response.elapsed = performance.now() - started;
      call.response = response;
      return response;
    } catch (error) {
      call.error = error as Error;
      throw error;
    }
  }

  /**
   * Closes the real adapter, when there is one.
   * @example
   * afterAll(() => mock.close());
   */
  override close(): Promise<void> {
    return this.#passthrough.close();
  }

  /** The first route that takes the request, with the call recorded on it, or null. */
  async #match(request: PreparedRequest, url: RequestUrl): Promise<Match | null> {
    let body: Uint8Array | null = null;
    for (const entry of this.#entries) {
      if (entry.route.usedUp) continue;
      const params = entry.matchTarget(request.method, url);
      if (params === null) continue;
      if (entry.needsBody && body === null) body = await requestBodyBytes(request);
      // Checked and recorded with no await in between, so that concurrent requests each take
      // their own slot of a limited route.
      if (entry.refusal(request, url, body) === null && !entry.route.usedUp) {
        const index = entry.route.callCount;
        const call: MutableCall = {
          request,
          response: null,
          error: null,
          route: entry.route,
          passthrough: false,
        };
        this.#calls.push(call);
        recordRouteCall(entry.route, call);
        return { call, entry, params, index };
      }
    }
    return null;
  }

  async #answer(
    entry: RouteEntry,
    params: Readonly<Record<string, string>>,
    index: number,
    request: PreparedRequest,
    options: SendOptions,
  ): Promise<Response> {
    const { read } = resolveTimeout(options.timeout);
    const answer = entry.answerAt(index);
    let spec: MockResponseSpec;
    if (typeof answer === 'function') {
      const result = answer(request, { params, options, callIndex: index });
      spec =
        result instanceof Promise
          ? (await withinReadTimeout(result, 0, read, options.signal, request))!
          : result;
      validateSpec(spec);
    } else spec = answer;
    if (spec.delay !== undefined && spec.delay > 0) {
      await withinReadTimeout(null, spec.delay, read, options.signal, request);
    }
    if (spec.error !== undefined) throw withRequest(spec.error, request);
    return buildResponse(spec as MockResponseOnly, request, this, { read, signal: options.signal, request });
  }

  async #unmatched(request: PreparedRequest, url: RequestUrl, options: SendOptions): Promise<Response> {
    const call: MutableCall = { request, response: null, error: null, route: null, passthrough: false };
    this.#calls.push(call);
    try {
      if (!this.#passthrough.applies(url.href)) throw await this.#noAddress(request, url);
      call.passthrough = true;
      call.response = await (await this.#passthrough.adapter()).send(request, options);
      return call.response;
    } catch (error) {
      call.error = error as Error;
      throw error;
    }
  }

  async #noAddress(request: PreparedRequest, url: RequestUrl): Promise<NoMockAddress> {
    const needsBody = this.#entries.some((entry) => entry.needsBody);
    const body = needsBody ? await requestBodyBytes(request) : null;
    const misses = this.#entries.map((entry) => entry.miss(request, url, body));
    return new NoMockAddress(noMatchMessage(request, misses, this.routes), { request });
  }

  #fail(headline: string, flag: (route: MockRoute) => string): never {
    throw new AssertionError({ message: assertionMessage(headline, this.routes, flag, this.#calls) });
  }
}

/** A mocked error, tied to the request when it is a reqs error that names none. */
function withRequest(error: Error, request: PreparedRequest): Error {
  if (error instanceof RequestException && error.request === null) error.request = request;
  return error;
}
