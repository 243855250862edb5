// The steps of opening a connection: TCP, unix socket, TLS on top; each resolves once ready.
import { isIP, connect as netConnect, type Socket } from 'node:net';
import { type ConnectionOptions, type TLSSocket, connect as tlsConnect } from 'node:tls';

/** Where to connect. */
export interface TcpTarget {
  host: string;
  port: number;
}

/** What a connection in progress lets the deadline do: destroy whatever socket is open now. */
export interface DialScope {
  /** Records the socket being set up, so a timeout or abort can destroy it. */
  track<S extends Socket>(socket: S): S;
}

function ready<S extends Socket>(socket: S, event: 'connect' | 'secureConnect'): Promise<S> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => {
      socket.off(event, onReady);
      reject(error);
    };
    const onReady = () => {
      socket.off('error', onError);
      resolve(socket);
    };
    socket.once('error', onError);
    socket.once(event, onReady);
  });
}

function tune(socket: Socket): Socket {
  socket.setNoDelay(true);
  socket.setKeepAlive(true, 60_000);
  return socket;
}

/** Brackets-free host for `net.connect` (`[::1]` → `::1`). */
export function bareHost(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

/** Opens a TCP connection. */
export async function connectTcp(scope: DialScope, target: TcpTarget): Promise<Socket> {
  const socket = scope.track(netConnect({ host: bareHost(target.host), port: target.port }));
  return tune(await ready(socket, 'connect'));
}

/** Opens a connection to a unix domain socket. */
export function connectUnix(scope: DialScope, path: string): Promise<Socket> {
  return ready(scope.track(netConnect({ path })), 'connect');
}

/**
 * Runs a TLS handshake with `host`, over `socket` when given (a tunnel), else over a new
 * TCP connection to `host:port`. `options` carries the verification settings.
 */
export async function connectTls(
  scope: DialScope,
  target: TcpTarget,
  options: ConnectionOptions,
  socket?: Socket,
): Promise<TLSSocket> {
  const host = bareHost(target.host);
  // SNI carries names only (RFC 6066 §3); certificates of IP hosts are still checked against the IP.
  const servername = isIP(host) === 0 ? host : undefined;
  const base = socket === undefined ? { host, port: target.port } : { socket, host };
  const tls = scope.track(tlsConnect({ ...options, ...base, ...(servername ? { servername } : {}) }));
  const connected = await ready(tls, 'secureConnect');
  if (socket === undefined) tune(connected);
  return connected;
}
