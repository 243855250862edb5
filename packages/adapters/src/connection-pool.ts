// Connections to one origin (urllib3's HTTPConnectionPool): undici Clients, one request each at a time,
// or our own HTTP/2 sessions carrying many.

import type { Socket } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { ConnectionError, type PreparedRequest } from '@reqs/core';
import type { Dispatcher } from 'undici';
import { dial, type Http2Mode } from './connect/dial.js';
import { DialTimes } from './connect/dial-times.js';
import type { Route } from './connect/route.js';
import { H2Session } from './h2-session.js';
import type { StreamHandler, StreamRequest } from './h2-stream.js';
import { ReadTicker } from './read-ticker.js';
import { Client } from './undici-client.js';

/** ALPN's outcome on a dialled socket (`'h2'` is also set for h2c by prior knowledge). */
function speaksH2(socket: Socket): boolean {
  return (socket as Socket & { alpnProtocol?: unknown }).alpnProtocol === 'h2';
}

/**
 * One keep-alive connection: an undici Client (it reconnects lazily) and its socket; or, when
 * HTTP/2 is offered and the server picks it, our own {@link H2Session} on that socket.
 */
export class Connection {
  readonly client: Client;
  /** Our HTTP/2 session, once the first dial of a pool offering h2 negotiated it. */
  h2: H2Session | null = null;
  /** The socket in use, for read-timeout bookkeeping; null before the first connect. */
  socket: Socket | null = null;
  /** The HTTP version spoken on the current socket: `'2'` once h2 was negotiated (or h2c). */
  httpVersion: '1.1' | '2' = '1.1';
  /** Exchanges in flight on this connection (more than one only over HTTP/2). */
  active = 0;
  /** Connect timeout and request of the exchange that may have to (re)connect. */
  connectTimeout: number | null = null;
  request: PreparedRequest | null = null;
  /** Read-timeout checks for the exchanges on this connection, one at a time (HTTP/1.1). */
  readonly readTicker = new ReadTicker();
  /** The times of the last dial, until the exchange it was for takes them. */
  dialTimes: DialTimes | null = null;
  readonly #origin: string;
  readonly #pool: ConnectionPool;
  readonly #maxStreams: number;
  /** HTTP/2 offered: the first dial is ours, so an h2 answer goes to our session, not undici's. */
  readonly #offersH2: boolean;
  /** A socket dialled first that negotiated HTTP/1.1: the Client's first connect takes it. */
  #dialled: Socket | null = null;

  constructor(origin: string, pool: ConnectionPool, maxStreams: number, offersH2 = false) {
    this.#origin = origin;
    this.#pool = pool;
    this.#maxStreams = maxStreams;
    this.#offersH2 = offersH2;
    this.client = new Client(origin, {
      pipelining: 1,
      // Node's HTTP/2 session opens no more streams than this (until the server's SETTINGS say otherwise).
      maxConcurrentStreams: maxStreams,
      // Timeouts are ours: read inactivity is checked per exchange (see ResponseHandler).
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: (_options, callback) => {
        const dialled = this.#dialled;
        if (dialled !== null) {
          this.#dialled = null;
          // Never synchronously: undici's connect is not re-entrant (it would never resume its queue).
          queueMicrotask(() => callback(null, dialled));
          return;
        }
        const times = new DialTimes();
        this.dialTimes = times;
        pool.open(this, times).then(
          (socket) => {
            this.socket = socket;
            this.httpVersion = speaksH2(socket) ? '2' : '1.1';
            // Over h2 the connection carries concurrent exchanges as streams (see ConnectionPool).
            if (this.httpVersion === '2') this.client.pipelining = maxStreams;
            callback(null, socket);
            pool.negotiated(this);
          },
          (error: Error) => {
            callback(error, null);
            pool.negotiated(null);
          },
        );
      },
    });
  }

  /** Sends one exchange: on our HTTP/2 session, or through the undici Client. */
  dispatch(
    request: Dispatcher.DispatchOptions & StreamRequest,
    handler: StreamHandler & Dispatcher.DispatchHandler,
  ): void {
    if (this.h2 !== null) this.h2.dispatch(request, handler);
    else if (this.#offersH2 && this.socket === null) void this.#dialFirst(request, handler);
    else this.client.dispatch(request, handler);
  }

  /** Dials before the first exchange, to learn by ALPN whether it goes to our h2 session or to undici. */
  async #dialFirst(
    request: Dispatcher.DispatchOptions & StreamRequest,
    handler: StreamHandler & Dispatcher.DispatchHandler,
  ): Promise<void> {
    const times = new DialTimes();
    this.dialTimes = times;
    let socket: Socket;
    try {
      socket = await this.#pool.open(this, times);
    } catch (error) {
      this.#pool.negotiated(null);
      handler.onError(error as Error);
      return;
    }
    this.socket = socket;
    if (speaksH2(socket)) {
      this.httpVersion = '2';
      this.h2 = new H2Session(this.#origin, socket, this.#maxStreams);
    } else {
      this.#dialled = socket;
    }
    this.#pool.negotiated(this);
    this.dispatch(request, handler);
  }
}

/** Exchanges one HTTP/2 connection carries at once by default (undici's default `maxConcurrentStreams`). */
export const DEFAULT_MAX_STREAMS = 100;

/** True while the connection's socket is open (a dead h2 connection is not shared any more). */
function isAlive(connection: Connection): boolean {
  if (connection.h2 !== null) return connection.h2.usable;
  const { socket, client } = connection;
  return socket !== null && !socket.destroyed && !client.destroyed && !client.closed;
}

/** `promise`, or the signal's reason when it aborts first. */
function untilAborted(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}

/** Pool sizing, as urllib3: at most `maxsize` connections kept idle; `block` caps the total at `maxsize` and waits. */
export interface PoolLimits {
  maxsize: number;
  block: boolean;
  /** HTTP/2 offered to the origin (default false). */
  http2?: Http2Mode;
  /** Streams one HTTP/2 connection carries at once (default {@link DEFAULT_MAX_STREAMS}). */
  maxConcurrentStreams?: number;
}

/**
 * Connections to one origin along one route with one TLS setting, with the semantics of
 * urllib3's HTTPConnectionPool: a LIFO queue of `maxsize` slots, each holding an idle
 * connection or a free place (urllib3's `None`). `acquire` takes an idle connection (most
 * recently used first) or a free place and opens a connection there; with the queue empty
 * it waits (`block`) or opens a surplus connection. `release` puts a connection back and
 * closes it only when the queue is full — `maxsize` slots already idle — so under sustained
 * concurrency surplus connections are kept and reused, and at most `maxsize` stay idle.
 */
export class ConnectionPool {
  readonly #origin: string;
  readonly #route: Route;
  readonly #tls: ConnectionOptions;
  readonly #block: boolean;
  readonly #http2: Http2Mode;
  readonly #maxStreams: number;
  /** Slots in the queue (urllib3's `maxsize`, at least 1). */
  readonly #slots: number;
  readonly #idle: Connection[] = [];
  readonly #all = new Set<Connection>();
  readonly #waiters: Array<(connection: Connection | Error) => void> = [];
  /** Free places in the queue: slots holding no connection (urllib3's `None` entries). */
  #free: number;
  #closed = false;
  /** An HTTP/2 connection shared by concurrent exchanges, up to `maxConcurrentStreams` at once. */
  #shared: Connection | null = null;
  /** With HTTP/2 offered: a first connection's ALPN outcome, awaited by whoever comes meanwhile. */
  #probe: { promise: Promise<void>; resolve: () => void } | null = null;
  /** With HTTP/2 offered: a connection negotiated HTTP/1.1, so nobody waits to share any more. */
  #http1Origin = false;

  constructor(origin: string, route: Route, tls: ConnectionOptions, limits: PoolLimits) {
    this.#origin = origin;
    this.#route = route;
    this.#tls = tls;
    this.#block = limits.block;
    this.#http2 = limits.http2 ?? false;
    this.#maxStreams = limits.maxConcurrentStreams ?? DEFAULT_MAX_STREAMS;
    this.#slots = Math.max(1, limits.maxsize);
    this.#free = this.#slots;
  }

  /** Connections currently open or in use. */
  get size(): number {
    return this.#all.size;
  }

  /** Idle connections kept for reuse. */
  get idle(): number {
    return this.#idle.length;
  }

  /** Dials a socket for `connection` (called by its undici Client). */
  open(connection: Connection, times?: DialTimes): Promise<Socket> {
    return dial(this.#route, this.#tls, connection.connectTimeout, connection.request!, times, this.#http2);
  }

  /**
   * A connection for one exchange; give it back with {@link release}. Waiting for one
   * (`block`) ends with the signal's reason when `signal` aborts.
   */
  acquire(signal?: AbortSignal): Connection | Promise<Connection> {
    if (this.#http2 === false) return this.#take(this.#acquireOwn(signal));
    const shared = this.#shared;
    if (shared !== null) {
      if (shared.active < this.#maxStreams && isAlive(shared)) {
        shared.active += 1;
        return shared;
      }
      if (!isAlive(shared)) {
        this.#shared = null;
        // Closed while idle (server timeout, GOAWAY): nobody will release it, so it goes now.
        if (shared.active === 0) {
          void this.#discard(shared);
          this.#putFree();
        }
      }
    }
    // A connection is being opened and may turn out to be h2: wait for it rather than open more.
    if (this.#probe !== null)
      return untilAborted(this.#probe.promise, signal).then(() => this.acquire(signal));
    const connection = this.#take(this.#acquireOwn(signal));
    if (!(connection instanceof Promise) && connection.socket === null && !this.#http1Origin)
      this.#startProbe();
    return connection;
  }

  /**
   * The connection `connection`'s client opened is ready (null: the dial failed). An h2 one
   * becomes the shared connection; an HTTP/1.1 one ends the waiting for good.
   */
  negotiated(connection: Connection | null): void {
    if (connection !== null) {
      if (connection.httpVersion === '1.1') this.#http1Origin = true;
      else if (this.#shared === null && !this.#closed) this.#shared = connection;
    }
    const probe = this.#probe;
    this.#probe = null;
    probe?.resolve();
  }

  #startProbe(): void {
    let resolve!: () => void;
    const promise = new Promise<void>((done) => {
      resolve = done;
    });
    this.#probe = { promise, resolve };
  }

  #take(connection: Connection | Promise<Connection>): Connection | Promise<Connection> {
    // A waiter's connection was counted by whoever handed it over (see #handOver).
    if (connection instanceof Promise) return connection;
    connection.active += 1;
    if (connection.httpVersion === '2' && this.#shared === null && isAlive(connection))
      this.#shared = connection;
    return connection;
  }

  #acquireOwn(signal?: AbortSignal): Connection | Promise<Connection> {
    const idle = this.#idle.pop();
    if (idle !== undefined) return idle;
    if (this.#closed) return Promise.reject(new ConnectionError('Pool is closed.'));
    if (this.#free > 0) {
      this.#free -= 1;
      return this.#create();
    }
    if (!this.#block) return this.#create();
    return this.#wait(signal);
  }

  /** Takes a connection back once its response is complete (`reusable`) or failed. */
  release(connection: Connection, reusable: boolean): void {
    connection.active -= 1;
    if (connection.httpVersion === '2') {
      // A stream ended: one waiting for a connection (poolBlock) takes its place on this one.
      if (!this.#closed && isAlive(connection) && this.#waiters.length > 0) {
        this.#handOver(this.#waiters.shift()!, connection);
        return;
      }
      if (connection.active > 0) return; // other streams still run on it
      if (connection === this.#shared) {
        if (this.#closed || !isAlive(connection)) {
          this.#shared = null;
          void this.#discard(connection);
          this.#putFree();
        }
        return; // the shared connection stays shared, idle or not
      }
      // A failed exchange ended its stream only (undici resets the stream, not the session).
      reusable = isAlive(connection);
    }
    connection.request = null;
    if (this.#closed) {
      void this.#discard(connection);
      return;
    }
    const waiter = this.#waiters.shift();
    if (!reusable) {
      void this.#discard(connection);
      // Its slot is free again (urllib3 puts `None` back): a waiter opens a new connection there.
      if (waiter !== undefined) this.#handOver(waiter, this.#create());
      else this.#putFree();
      return;
    }
    if (waiter !== undefined) this.#handOver(waiter, connection);
    else if (this.#idle.length + this.#free < this.#slots) {
      this.#idle.push(connection);
    } else void this.#discard(connection); // The queue is full: `maxsize` slots are idle.
  }

  /** Closes idle connections now and busy ones when released; waiting acquirers fail. */
  close(): Promise<void> {
    this.#closed = true;
    const shared = this.#shared;
    this.#shared = null;
    if (shared !== null && shared.active === 0) void this.#discard(shared);
    this.#probe?.resolve();
    for (const waiter of this.#waiters.splice(0)) waiter(new ConnectionError('Pool is closed.'));
    const idle = this.#idle.splice(0);
    return Promise.all(idle.map((connection) => this.#discard(connection))).then(() => undefined);
  }

  #wait(signal: AbortSignal | undefined): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const waiter = (connection: Connection | Error) => {
        signal?.removeEventListener('abort', onAbort);
        if (connection instanceof Error) reject(connection);
        else resolve(connection);
      };
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index !== -1) this.#waiters.splice(index, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** Gives `connection` to a waiter, counted at once so no other acquirer sees its place free. */
  #handOver(waiter: (connection: Connection) => void, connection: Connection): void {
    connection.active += 1;
    waiter(connection);
  }

  /** A free place back in the queue, unless the queue is full. */
  #putFree(): void {
    if (this.#idle.length + this.#free < this.#slots) this.#free += 1;
  }

  #create(): Connection {
    const connection = new Connection(this.#origin, this, this.#maxStreams, this.#http2 !== false);
    this.#all.add(connection);
    return connection;
  }

  #discard(connection: Connection): Promise<void> {
    this.#all.delete(connection);
    connection.readTicker.dispose();
    connection.h2?.destroy();
    return connection.client.destroy().catch(() => {});
  }
}
