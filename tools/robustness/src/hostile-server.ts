// A raw-socket HTTP server whose routes write exact (often wrong) bytes, recording every request.
import type { Socket } from 'node:net';
import { type RawServer, startRawServer } from '@reqs/test-servers';
import type { ReceivedRequest } from './received-request.js';
import { readRequests } from './request-reader.js';

/**
 * Answers one request by writing bytes to (or destroying, or ignoring) the socket. A returned
 * promise is awaited before the next request on the socket is read; other results are ignored.
 */
export type Route = (request: ReceivedRequest, socket: Socket) => unknown;

/** A running hostile server: a {@link RawServer} that also keeps what it received. */
export interface HostileServer extends RawServer {
  /** Every complete request received, in order. */
  readonly requests: ReceivedRequest[];
  /** The requests received for `path`. */
  requestsTo(path: string): ReceivedRequest[];
}

/** The well-behaved answer every hostile server gives on `/ok`: `200 OK`, body `ok`, keep-alive. */
export const OK_RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok';

const okRoute: Route = (_request, socket) => {
  socket.write(OK_RESPONSE);
};

const notFound: Route = (_request, socket) => {
  socket.write('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
};

function routeFor(routes: Record<string, Route>, path: string): Route {
  if (path === '/ok') return okRoute;
  if (Object.hasOwn(routes, path)) return routes[path]!;
  return Object.hasOwn(routes, '*') ? routes['*']! : notFound;
}

/**
 * Starts a raw HTTP/1.1 server on 127.0.0.1 (port 0). Each request is dispatched by path
 * (the query ignored; `'*'` catches the rest) to a route that writes whatever it likes;
 * `/ok` always answers `200 ok` so a test can prove the client recovered. Connections stay
 * open unless a route closes them, so a test can check that the client closed its side.
 *
 * @example
 * await using server = await startHostileServer({
 *   '/short': (_r, socket) => socket.end('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort'),
 * });
 */
export async function startHostileServer(routes: Record<string, Route>): Promise<HostileServer> {
  const requests: ReceivedRequest[] = [];
  let accepted = 0;
  const server = await startRawServer((socket) => {
    accepted += 1;
    readRequests(socket, accepted, (request) => {
      requests.push(request);
      return routeFor(routes, request.path)(request, socket);
    });
  });
  return {
    host: server.host,
    port: server.port,
    url: server.url,
    get connections() {
      return server.connections;
    },
    get openConnections() {
      return server.openConnections;
    },
    requests,
    requestsTo: (path: string) => requests.filter((r) => r.path === path),
    close: () => server.close(),
    [Symbol.asyncDispose]: () => server.close(),
  };
}
