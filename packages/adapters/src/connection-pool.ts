// Connections to one origin (urllib3's HTTPConnectionPool): undici Clients, one request each at a time.

import type { Socket } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import { ConnectionError, type PreparedRequest } from '@reqs/core';
import { Client } from 'undici';
import { dial } from './connect/dial.js';
import type { Route } from './connect/route.js';

/** One keep-alive connection: an undici Client (it reconnects lazily) and its socket. */
export class Connection {
  readonly client: Client;
  /** The socket in use, for read-timeout bookkeeping; null before the first connect. */
  socket: Socket | null = null;
  /** Connect timeout and request of the exchange that may have to (re)connect. */
  connectTimeout: number | null = null;
  request: PreparedRequest | null = null;
  /** Beyond `maxsize` with `block: false`: closed instead of kept when released. */
  readonly overflow: boolean;

  constructor(origin: string, pool: ConnectionPool, overflow: boolean) {
    this.overflow = overflow;
    this.client = new Client(origin, {
      pipelining: 1,
      // Timeouts are ours: read inactivity is checked per exchange (see ResponseHandler).
      headersTimeout: 0,
      bodyTimeout: 0,
      connect: (_options, callback) => {
        pool.open(this).then(
          (socket) => {
            this.socket = socket;
            callback(null, socket);
          },
          (error: Error) => callback(error, null),
        );
      },
    });
  }
}

/** Pool sizing, as urllib3: `maxsize` connections kept; `block` waits for one instead of opening more. */
export interface PoolLimits {
  maxsize: number;
  block: boolean;
}

/**
 * Connections to one origin along one route with one TLS setting. `acquire` hands out an
 * idle connection (most recently used first), opens a new one below `maxsize`, and else
 * waits (`block`) or opens an extra one that is closed after its request.
 */
export class ConnectionPool {
  readonly #origin: string;
  readonly #route: Route;
  readonly #tls: ConnectionOptions;
  readonly #limits: PoolLimits;
  readonly #idle: Connection[] = [];
  readonly #all = new Set<Connection>();
  readonly #waiters: Array<(connection: Connection | Error) => void> = [];
  #overflow = 0;
  #closed = false;

  constructor(origin: string, route: Route, tls: ConnectionOptions, limits: PoolLimits) {
    this.#origin = origin;
    this.#route = route;
    this.#tls = tls;
    this.#limits = limits;
  }

  /** Connections currently open or in use (including overflow). */
  get size(): number {
    return this.#all.size;
  }

  /** Dials a socket for `connection` (called by its undici Client). */
  open(connection: Connection): Promise<Socket> {
    return dial(this.#route, this.#tls, connection.connectTimeout, connection.request!);
  }

  /**
   * A connection for one exchange; give it back with {@link release}. Waiting for one
   * (`block`) ends with the signal's reason when `signal` aborts.
   */
  acquire(signal?: AbortSignal): Connection | Promise<Connection> {
    const idle = this.#idle.pop();
    if (idle !== undefined) return idle;
    if (this.#closed) return Promise.reject(new ConnectionError('Pool is closed.'));
    const kept = this.#all.size - this.#overflow;
    if (kept < this.#limits.maxsize) return this.#create(false);
    if (!this.#limits.block) return this.#create(true);
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

  /** Takes a connection back once its response is complete (`reusable`) or failed. */
  release(connection: Connection, reusable: boolean): void {
    connection.request = null;
    const waiter = this.#closed ? undefined : this.#waiters.shift();
    if (this.#closed || connection.overflow || !reusable) {
      void this.#discard(connection);
      // A discarded connection frees its place: a waiter gets a new one.
      if (waiter !== undefined) waiter(this.#create(false));
      return;
    }
    if (waiter !== undefined) waiter(connection);
    else this.#idle.push(connection);
  }

  /** Closes idle connections now and busy ones when released; waiting acquirers fail. */
  close(): Promise<void> {
    this.#closed = true;
    for (const waiter of this.#waiters.splice(0)) waiter(new ConnectionError('Pool is closed.'));
    const idle = this.#idle.splice(0);
    return Promise.all(idle.map((connection) => this.#discard(connection))).then(() => undefined);
  }

  #create(overflow: boolean): Connection {
    const connection = new Connection(this.#origin, this, overflow);
    this.#all.add(connection);
    if (overflow) this.#overflow += 1;
    return connection;
  }

  #discard(connection: Connection): Promise<void> {
    if (this.#all.delete(connection) && connection.overflow) this.#overflow -= 1;
    return connection.client.destroy().catch(() => {});
  }
}
