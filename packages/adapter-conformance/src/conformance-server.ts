// The peer of the conformance cases: a raw HTTP/1.1 server on a socket, so every byte it sends
// (a cut body, a hang, repeated headers, gzip) is exactly what the case needs.
import { createServer, type Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * A running conformance server.
 * @example
 * ```ts
 * const server: ConformanceServer = await startConformanceServer();
 * try {
 *   console.log((await s.get(`${server.url}/gzip`)).text); // decoded
 * } finally {
 *   await server.close();
 * }
 * ```
 */
export interface ConformanceServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** Stops listening and destroys open connections. */
  close(): Promise<void>;
}

/** The payload of a chunked body (well-formed chunks only: the adapter under test wrote it). */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

function answer(status: string, headers: string[], body: Buffer | string = ''): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const lines = [`HTTP/1.1 ${status}`, ...headers, `Content-Length: ${bytes.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(lines, 'latin1'), bytes]);
}

/** What each path answers; null: nothing, ever (a hang). */
function route(head: string, body: Buffer): Buffer | string | null {
  const [method = '', target = ''] = head.split(' ');
  const path = target.replace(/^https?:\/\/[^/]+/, '');
  if (path.startsWith('/hang')) return null;
  if (path.startsWith('/echo'))
    return answer('200 OK', ['Content-Type: application/octet-stream', `X-Method: ${method}`], body);
  if (path.startsWith('/gzip')) return answer('200 OK', ['Content-Encoding: gzip'], gzipSync('decoded'));
  if (path.startsWith('/truncated'))
    return 'HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\nshort';
  if (path.startsWith('/big')) return answer('200 OK', [], Buffer.alloc(1_048_576, 97));
  return answer('200 Fine', ['Set-Cookie: a=1', 'Set-Cookie: b=2', 'X-Case: kept'], 'hello');
}

/** Answers every request of a kept-alive connection, in order. */
function serveConnection(socket: Socket): void {
  let buffered = Buffer.alloc(0);
  socket.on('error', () => {}); // a client that resets is part of the cases
  socket.on('data', (chunk: Buffer) => {
    buffered = Buffer.concat([buffered, chunk]);
    for (;;) {
      const end = buffered.indexOf('\r\n\r\n');
      if (end === -1) return;
      const head = buffered.subarray(0, end).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      const chunked = /\r\ntransfer-encoding:\s*chunked/i.test(head);
      const bodyEnd = chunked ? buffered.indexOf('\r\n0\r\n\r\n', end) + 7 : end + 4 + length;
      if (chunked && bodyEnd === 6) return;
      if (buffered.length < bodyEnd) return;
      const raw = buffered.subarray(end + 4, bodyEnd);
      const reply = route(head, chunked ? dechunk(raw) : raw);
      buffered = buffered.subarray(bodyEnd);
      if (reply === null) continue;
      // A reply that says `Connection: close` ends the connection after it.
      if (/\r\nconnection: close\r\n/i.test(reply.toString('latin1'))) socket.end(reply);
      else socket.write(reply);
    }
  });
}

/**
 * Starts a conformance server on 127.0.0.1, on a free port: a raw HTTP/1.1 peer whose paths answer
 * what the cases need (`/echo` the request body, `/gzip` a gzip body, `/truncated` a cut body,
 * `/hang` nothing, `/big` 1 MiB; any other path `200 Fine` with two `Set-Cookie` lines).
 * @example
 * ```ts
 * // A check of your own beside the kit's cases, against the same peer.
 * const server = await startConformanceServer();
 * const adapter = new MyAdapter();
 * try {
 *   s.mount(server.url, adapter);
 *   const echoed = await s.post(`${server.url}/echo`, { data: 'ping' });
 *   expect(echoed.text).toBe('ping');
 * } finally {
 *   await adapter.close();
 *   await server.close();
 * }
 * ```
 */
export async function startConformanceServer(): Promise<ConformanceServer> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    serveConnection(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
