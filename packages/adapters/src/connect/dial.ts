// Opens one connection along a route, within the connect timeout, failing with reqs errors.

import type { Socket } from 'node:net';
import type { ConnectionOptions } from 'node:tls';
import {
  ConnectionError,
  ConnectTimeout,
  type PreparedRequest,
  ProxyError,
  redactUrl,
  SSLError,
} from '@reqs/core';
import { isTlsError } from '../map-error.js';
import type { ProxyUrl } from '../proxy-url.js';
import { connectTcp, connectTls, connectUnix, type DialScope, type TcpTarget } from './dial-steps.js';
import type { DialTimes } from './dial-times.js';
import { openTunnel } from './http-tunnel.js';
import type { Route } from './route.js';
import { socks5Connect } from './socks5.js';

/** Tracks the socket in progress and whether we are still talking to the proxy. */
class Scope implements DialScope {
  socket: Socket | null = null;
  atProxy = false;
  readonly #times: DialTimes | undefined;
  constructor(times: DialTimes | undefined) {
    this.#times = times;
  }
  track<S extends Socket>(socket: S): S {
    this.socket = socket;
    this.#times?.watch(socket);
    return socket;
  }
}

async function toProxy(scope: Scope, proxy: ProxyUrl, tls: ConnectionOptions): Promise<Socket> {
  scope.atProxy = true;
  const target = { host: proxy.host, port: proxy.port };
  return proxy.scheme === 'https' ? connectTls(scope, target, tls) : connectTcp(scope, target);
}

async function overTls(
  scope: Scope,
  socket: Socket,
  target: TcpTarget,
  tls: ConnectionOptions,
): Promise<Socket> {
  scope.atProxy = false;
  // The TLS socket reports failures of the one underneath.
  socket.on('error', () => {});
  return connectTls(scope, target, tls, socket);
}

/**
 * How HTTP/2 is offered to the origin: `false` HTTP/1.1 only; `true` h2 by ALPN over TLS
 * (HTTP/1.1 when the server declines); `'prior-knowledge'` also h2c (HTTP/2 without TLS) to
 * plain-text origins.
 * @example
 * s.mount('https://', new HTTPAdapter({ http2: true })); // h2 offered by ALPN, HTTP/1.1 when declined
 * s.mount('http://', new HTTPAdapter({ http2: 'prior-knowledge' })); // h2c to plain-text servers that speak it
 */
export type Http2Mode = boolean | 'prior-knowledge';

const ALPN_H2 = ['h2', 'http/1.1'];

/** TLS options for the origin: ALPN offers h2 first when HTTP/2 is on (never to a proxy). */
function originTls(tls: ConnectionOptions, http2: Http2Mode): ConnectionOptions {
  return http2 === false ? tls : { ...tls, ALPNProtocols: ALPN_H2 };
}

/** A plain-text socket to the origin, marked for h2c when HTTP/2 is spoken with prior knowledge. */
function plainOrigin(socket: Socket, http2: Http2Mode): Socket {
  // undici picks its HTTP/2 client when the socket says it negotiated h2, as its own h2c connector does.
  if (http2 === 'prior-knowledge') (socket as Socket & { alpnProtocol?: string }).alpnProtocol = 'h2';
  return socket;
}

async function steps(scope: Scope, route: Route, tls: ConnectionOptions, http2: Http2Mode): Promise<Socket> {
  switch (route.kind) {
    case 'direct':
      return route.secure
        ? connectTls(scope, route.target, originTls(tls, http2))
        : plainOrigin(await connectTcp(scope, route.target), http2);
    case 'unix':
      return plainOrigin(await connectUnix(scope, route.path), http2);
    case 'forward':
      return toProxy(scope, route.proxy, tls);
    case 'tunnel': {
      const socket = await toProxy(scope, route.proxy, tls);
      await openTunnel(socket, route.target, route.proxyAuthorization);
      return overTls(scope, socket, route.target, originTls(tls, http2));
    }
    case 'socks': {
      const socket = await toProxy(scope, route.proxy, tls);
      await socks5Connect(socket, route.target, {
        remoteDns: route.proxy.scheme === 'socks5h',
        auth: route.proxy.auth,
      });
      if (route.secure) return overTls(scope, socket, route.target, originTls(tls, http2));
      scope.atProxy = false;
      return plainOrigin(socket, http2);
    }
  }
}

function where(route: Route): string {
  if (route.kind === 'unix') return route.path;
  if (route.kind === 'forward') return `${route.proxy.host}:${route.proxy.port}`;
  return `${route.target.host}:${route.target.port}`;
}

function failure(error: unknown, scope: Scope, route: Route, request: PreparedRequest): Error {
  const context = `(${request.method} ${redactUrl(request.url)})`;
  const options = { request, cause: error };
  if (isTlsError(error))
    return new SSLError(`TLS handshake with ${where(route)} failed: ${String(error)} ${context}`, options);
  if (scope.atProxy && route.kind !== 'direct' && route.kind !== 'unix') {
    const proxy = `${route.proxy.host}:${route.proxy.port}`;
    return new ProxyError(
      `Unable to connect to proxy ${proxy}: ${(error as Error).message} ${context}`,
      options,
    );
  }
  return new ConnectionError(
    `Failed to establish a new connection to ${where(route)}: ${(error as Error).message} ${context}`,
    options,
  );
}

/**
 * Connects along `route` (TLS `tls` where TLS is spoken, offering h2 to the origin as
 * `http2` says). Fails with ConnectTimeout after
 * `timeout` ms (ProxyError while still at the proxy), SSLError for TLS failures, ProxyError
 * for proxy failures, ConnectionError otherwise — each with the request and the cause.
 */
export function dial(
  route: Route,
  tls: ConnectionOptions,
  timeout: number | null,
  request: PreparedRequest,
  times?: DialTimes,
  http2: Http2Mode = false,
): Promise<Socket> {
  const scope = new Scope(times);
  const attempt = steps(scope, route, tls, http2).catch((error: unknown) => {
    scope.socket?.destroy();
    throw failure(error, scope, route, request);
  });
  if (timeout === null) return attempt;
  return new Promise((resolve, reject) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      const message = `Connection to ${where(route)} timed out. (connect timeout=${timeout} ms) (${request.method} ${redactUrl(request.url)})`;
      const error = new ConnectTimeout(message, { request });
      reject(
        scope.atProxy
          ? new ProxyError(`Unable to connect to proxy: ${message}`, { request, cause: error })
          : error,
      );
      scope.socket?.destroy();
    }, timeout);
    attempt.then(
      (socket) => {
        clearTimeout(timer);
        if (timedOut) socket.destroy();
        else resolve(socket);
      },
      (error: unknown) => {
        clearTimeout(timer);
        if (!timedOut) reject(error);
      },
    );
  });
}
