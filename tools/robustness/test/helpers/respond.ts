// Writers of exact response bytes for hostile routes.
import type { Socket } from 'node:net';

/**
 * Writes a status line, the `headers` (each `Name: value` line as given, nothing added) and
 * `body`. Returns the socket's write result.
 */
export function writeResponse(
  socket: Socket,
  status: string,
  headers: readonly string[],
  body: Uint8Array | string = '',
): boolean {
  const head = Buffer.from(`HTTP/1.1 ${status}\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, 'latin1');
  return socket.write(Buffer.concat([head, typeof body === 'string' ? Buffer.from(body, 'latin1') : body]));
}
