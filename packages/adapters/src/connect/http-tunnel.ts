// HTTP CONNECT (RFC 9110 §9.3.6): asks a proxy for a tunnel to host:port over `socket`.
import type { Socket } from 'node:net';
import type { TcpTarget } from './dial-steps.js';

/** A proxy that refused the tunnel: its status line, for the ProxyError message. */
export class TunnelRefused extends Error {
  override name = 'TunnelRefused';
  constructor(
    readonly statusCode: number,
    readonly statusLine: string,
  ) {
    super(`Tunnel connection failed: ${statusLine}`);
  }
}

// A CONNECT answer longer than this is not an HTTP proxy talking.
const MAX_HEAD = 65_536;

function authority(target: TcpTarget): string {
  return `${target.host}:${target.port}`;
}

/**
 * Sends `CONNECT host:port` (with `Proxy-Authorization` when given) and resolves once the
 * proxy answered 2xx; bytes the proxy sent after its answer are put back into `socket`.
 *
 * @throws TunnelRefused for any other status; the socket error when the proxy hangs up.
 */
export function openTunnel(
  socket: Socket,
  target: TcpTarget,
  proxyAuthorization: string | null,
): Promise<void> {
  const host = authority(target);
  const auth = proxyAuthorization === null ? '' : `Proxy-Authorization: ${proxyAuthorization}\r\n`;
  socket.write(`CONNECT ${host} HTTP/1.1\r\nHost: ${host}\r\n${auth}\r\n`);
  return new Promise((resolve, reject) => {
    let head: Buffer = Buffer.alloc(0);
    const finish = (error: Error | null) => {
      socket.off('data', onData);
      socket.off('error', finish);
      socket.off('end', onEnd);
      if (error) reject(error);
      else resolve();
    };
    const onEnd = () => finish(new Error('Proxy closed the connection before answering CONNECT'));
    const onData = (chunk: Buffer) => {
      head = head.length === 0 ? chunk : Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end === -1) {
        if (head.length > MAX_HEAD) finish(new Error('Proxy sent an oversized answer to CONNECT'));
        return;
      }
      socket.pause();
      const statusLine = head.subarray(0, head.indexOf('\r\n')).toString('latin1');
      const statusCode = Number.parseInt(statusLine.split(' ')[1] ?? '', 10);
      if (!(statusCode >= 200 && statusCode < 300)) {
        finish(new TunnelRefused(statusCode, statusLine.replace(/^HTTP\/\d(\.\d)? /, '')));
        return;
      }
      const rest = head.subarray(end + 4);
      finish(null);
      if (rest.length > 0) socket.unshift(rest);
    };
    socket.on('data', onData);
    socket.once('error', finish);
    socket.once('end', onEnd);
  });
}
