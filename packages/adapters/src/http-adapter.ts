// HTTPAdapter: reqs' transport on undici (Requests' HTTPAdapter): pools, TLS, proxies, timeouts, retries.
import {
  BaseAdapter,
  checkOptions,
  type PreparedRequest,
  ProxyError,
  plainHeaders,
  type ResolvedTimeout,
  type Response,
  redactUrl,
  resolveTimeout,
  type SendOptions,
} from '@reqs/core';
import type { Dispatcher } from 'undici';
import type { Http2Mode } from './connect/dial.js';
import { ConnectionPool, DEFAULT_MAX_STREAMS } from './connection-pool.js';
import { dispatchHeaders } from './dispatch-headers.js';
import { Exchange } from './exchange.js';
import type { StreamRequest } from './h2-stream.js';
import { InsecureWarnings } from './insecure-warnings.js';
import { HTTP_ADAPTER_OPTIONS } from './option-tables.js';
import { planRoute, type RoutePlan } from './plan-route.js';
import { PoolManager } from './pool-manager.js';
import { toDispatchBody } from './request-body.js';
import { Retry } from './retry.js';
import { mayResendOnFreshConnection } from './stale-connection.js';
import { type TlsSettings, TlsSettingsCache } from './tls-settings.js';
import { type Send, withRetries } from './with-retries.js';

/**
 * Options of {@link HTTPAdapter}, as Requests' `HTTPAdapter(pool_connections, pool_maxsize, max_retries, pool_block)`.
 * @example
 * const options: HTTPAdapterOptions = { poolMaxsize: 32, poolBlock: true, maxRetries: new Retry({ connect: 3 }) };
 * s.mount('https://', new HTTPAdapter(options));
 */
export interface HTTPAdapterOptions {
  /** How many pools (origin × route × TLS settings) to keep; the least recently used is closed beyond (default 10). */
  poolConnections?: number;
  /** Connections kept per pool (default 10). */
  poolMaxsize?: number;
  /** A number (`n` connect retries, no read retries, as Requests) or a {@link Retry} (default 0). */
  maxRetries?: number | Retry;
  /** When a pool's connections are all busy: wait for one (`true`) or open an extra one closed after use (default false). */
  poolBlock?: boolean;
  /**
   * HTTP/2 (default false): `true` offers h2 by ALPN to https origins (directly, through a
   * CONNECT tunnel or SOCKS) and falls back to HTTP/1.1 when the server declines;
   * `'prior-knowledge'` also speaks h2c (HTTP/2 without TLS, no upgrade dance) to http origins,
   * which then must speak HTTP/2. `r.httpVersion` says which was used.
   */
  http2?: Http2Mode;
  /**
   * Streams one HTTP/2 connection carries at once (default 100, undici's): beyond, requests
   * open another connection, or wait for a stream to end with `poolBlock` once `poolMaxsize`
   * connections are open. A server that announces a lower `SETTINGS_MAX_CONCURRENT_STREAMS`
   * holds the extra streams back itself. Only with `http2`: without it this is a TypeError.
   */
  maxConcurrentStreams?: number;
}

/**
 * The built-in transport: HTTP/1.1 (and HTTP/2 with `http2`) on undici with keep-alive pools per origin, streamed
 * bodies and decoding, connect/read/total timeouts, TLS verification and client
 * certificates, HTTP/HTTPS/SOCKS5 proxies, unix sockets (`http+unix://`) and retries.
 *
 * @example
 * const s = new Session();
 * s.mount('https://api.example.com', new HTTPAdapter({ maxRetries: new Retry({ total: 3, statusForcelist: [503] }) }));
 */
export class HTTPAdapter extends BaseAdapter {
  /** The retry policy every send starts from. */
  readonly maxRetries: Retry;
  /** How many pools (origin × route × TLS settings) are kept before the least recently used is closed. */
  readonly poolConnections: number;
  /** Connections kept per pool. */
  readonly poolMaxsize: number;
  /** Whether a send waits for a busy pool's connection (`true`) or opens an extra one closed after use. */
  readonly poolBlock: boolean;
  /** HTTP/2 as configured (see {@link HTTPAdapterOptions.http2}). */
  readonly http2: Http2Mode;
  /** Streams per HTTP/2 connection (see {@link HTTPAdapterOptions.maxConcurrentStreams}). */
  readonly maxConcurrentStreams: number;
  readonly #pools: PoolManager;
  readonly #tls = new TlsSettingsCache();
  readonly #warnings = new InsecureWarnings();
  readonly #send: Send;

  /**
   * An adapter with its own pools; mount it on a session for the URLs it should carry.
   *
   * @throws TypeError for an unknown option (`max_retries` → `maxRetries`), a value of the wrong
   *   type, or `maxConcurrentStreams` without `http2`.
   * @example
   * await using s = new Session();
   * s.mount('https://', new HTTPAdapter({ poolConnections: 20, poolMaxsize: 50, maxRetries: 3, http2: true }));
   */
  constructor(options: HTTPAdapterOptions = {}) {
    super();
    checkOptions(options, HTTP_ADAPTER_OPTIONS);
    this.poolConnections = options.poolConnections ?? 10;
    this.poolMaxsize = options.poolMaxsize ?? 10;
    this.poolBlock = options.poolBlock ?? false;
    this.http2 = options.http2 ?? false;
    if (this.http2 === false && options.maxConcurrentStreams != null) throw streamsWithoutHttp2();
    this.maxConcurrentStreams = options.maxConcurrentStreams ?? DEFAULT_MAX_STREAMS;
    this.maxRetries = Retry.from(options.maxRetries ?? 0);
    this.#pools = new PoolManager(this.poolConnections);
    const once: Send = (request, sendOptions) => this.#sendOnce(request, sendOptions);
    // Behaviour around the single send is composed here, once (STYLE 6); with the default
    // Retry(0, read=False) there is nothing to retry, so the hot path stays bare.
    this.#send = isNoRetry(this.maxRetries) ? once : withRetries(this.maxRetries)(once);
  }

  /**
   * Sends one request (no redirects) and resolves at its headers with a streaming Response.
   *
   * @throws ConnectionError, ConnectTimeout, ReadTimeout, SSLError, ProxyError,
   *   InvalidProxyURL, InvalidSchema, RetryError — see the README's error table.
   * @example
   * // Sessions call it; by hand, with a prepared request and resolved options:
   * const prepared = new Request('GET', 'https://httpbin.org/get').prepare();
   * const r = await new HTTPAdapter().send(prepared, { stream: false, timeout: 5_000, verify: true, proxies: {} });
   */
  override send(request: PreparedRequest, options: SendOptions): Promise<Response> {
    return this.#send(request, options);
  }

  /**
   * Closes every pool: idle connections now, busy ones when their response is done.
   * @example
   * const adapter = new HTTPAdapter();
   * s.mount('https://', adapter);
   * await adapter.close(); // or s.close(), which closes every mounted adapter
   */
  override close(): Promise<void> {
    return this.#pools.clear();
  }

  async #sendOnce(request: PreparedRequest, options: SendOptions, mayResend = true): Promise<Response> {
    if (options.signal?.aborted) throw options.signal.reason;
    const timeouts = resolveTimeout(options.timeout);
    const plan = planRoute(request, options.proxies);
    if (this.http2 === 'prior-knowledge' && plan.route.kind === 'forward')
      throw h2cThroughProxy(request, plan);
    const maybeTls = plan.secure ? this.#tls.get(options.verify, options.cert) : null;
    const tls = maybeTls instanceof Promise ? await maybeTls : maybeTls;
    if (tls !== null && !tls.verified && plan.route.kind !== 'forward') this.#warnings.warn(plan);
    const pool = this.#pools.get(tls === null ? plan.poolKey : `${plan.poolKey}|${tls.key}`, () =>
      this.#createPool(plan, tls),
    );
    const acquired = pool.acquire(options.signal);
    const connection = acquired instanceof Promise ? await acquired : acquired;
    // A connection that has had a socket was kept alive: the server may have closed it since.
    const reused = connection.socket !== null;
    connection.request = request;
    connection.connectTimeout = connectBudget(timeouts);
    const body = toDispatchBody(request.body);
    const exchange = new Exchange(this, request, pool, connection, timeouts, options.signal, body);
    const headers = dispatchHeaders(
      plainHeaders(request),
      plan.keepProxyAuthorization,
      plan.extraHeaders,
      this.http2 !== false,
    );
    const dispatch: Dispatcher.DispatchOptions & StreamRequest = {
      path: plan.path,
      method: request.method,
      headers,
      body,
      // Read inactivity is timed by the exchange, to the millisecond (undici's are ~1 s coarse).
      headersTimeout: 0,
      bodyTimeout: 0,
    };
    connection.dispatch(dispatch, exchange);
    if (!reused || !mayResend) return exchange.promise;
    // The promise settles at the response head: a rejection means no response byte arrived.
    return exchange.promise.catch((error: unknown) => {
      if (!mayResendOnFreshConnection(request, error)) throw error;
      return this.#sendOnce(request, options, false);
    });
  }

  #createPool(plan: RoutePlan, tls: TlsSettings | null): ConnectionPool {
    return new ConnectionPool(plan.origin, plan.route, tls?.options ?? {}, {
      maxsize: this.poolMaxsize,
      block: this.poolBlock,
      http2: this.http2,
      maxConcurrentStreams: this.maxConcurrentStreams,
    });
  }
}

/** A stream limit without HTTP/2 would silently mean nothing: HTTP/1.1 carries one exchange per connection. */
function streamsWithoutHttp2(): TypeError {
  return new TypeError(
    "Invalid option 'maxConcurrentStreams': it limits HTTP/2 streams and needs http2: true or 'prior-knowledge' " +
      '(over HTTP/1.1 a connection carries one request at a time; poolMaxsize and poolBlock limit connections)',
  );
}

/** h2c cannot pass a forwarding proxy: it speaks HTTP/1.1 to us and forwards absolute-form requests. */
function h2cThroughProxy(request: PreparedRequest, plan: RoutePlan): ProxyError {
  const proxy = plan.route.kind === 'forward' ? `${plan.route.proxy.host}:${plan.route.proxy.port}` : '';
  return new ProxyError(
    `http2: 'prior-knowledge' (h2c) cannot go through the HTTP proxy ${proxy}: a forwarding proxy speaks HTTP/1.1 ` +
      `(use https, which tunnels h2 with CONNECT, or a SOCKS proxy) (${request.method} ${redactUrl(request.url)})`,
    { request },
  );
}

function isNoRetry(retry: Retry): boolean {
  return retry.total === 0 && retry.read === false && retry.statusForcelist.size === 0;
}

/** The connect timeout, bounded by the total deadline. */
function connectBudget(timeouts: ResolvedTimeout): number | null {
  const { connect, total } = timeouts;
  if (total === null) return connect;
  return connect === null ? total : Math.min(connect, total);
}
