// An HTTP/2 server (Node's http2): TLS with ALPN (h2, and HTTP/1.1 when allowed) or h2c.
import {
  createSecureServer,
  createServer,
  type Http2ServerRequest,
  type Http2ServerResponse,
  type Http2Session,
  type Http2Stream,
  type Http2Server as NodeHttp2Server,
} from 'node:http2';
import { gzipSync } from 'node:zlib';
import {
  type ConnectionStats,
  listenOnLoopback,
  trackConnections,
  withTracking,
} from './track-connections.js';

/** How to start an HTTP/2 server: with `cert`/`key` over TLS, without them h2c (prior knowledge). */
export interface H2ServerOptions {
  /** Server certificate (PEM); omit both for h2c. */
  cert?: string;
  /** Server key (PEM). */
  key?: string;
  /** Also answer HTTP/1.1 clients (TLS only; default false: h2 only). */
  allowHTTP1?: boolean;
}

/** A running HTTP/2 server on 127.0.0.1. */
export interface H2Server extends ConnectionStats, AsyncDisposable {
  readonly port: number;
  /** `https://localhost:<port>` (or `http://` for h2c). */
  readonly url: string;
  /**
   * The most streams each HTTP/2 session (connection) had open at once, one entry per session
   * in the order they were accepted.
   */
  readonly streamPeaks: readonly number[];
  /** Ends every open session gracefully (GOAWAY, then close), as a server's idle timeout does. */
  goAway(): void;
  /** Destroys every open socket, then stops listening. */
  close(): Promise<void>;
}

/** What `/echo` answers. */
export interface H2Echo {
  method: string;
  path: string;
  /** `'2.0'` or `'1.1'`, as the server saw it. */
  httpVersion: string;
  headers: Record<string, string | string[] | undefined>;
  /** The request body as text. */
  body: string;
}

/**
 * Routes: `/echo` (the request as {@link H2Echo} JSON), `/gzip` (a gzip-coded text body),
 * `/stream` (three chunks 30 ms apart), `/slow` (headers after 2 s), `/delay/<ms>` (`ok`
 * after that many milliseconds), `/early` (413 at once, the request body unread), anything else 404.
 */
function handle(request: Http2ServerRequest, response: Http2ServerResponse): void {
  const path = request.url;
  if (path.startsWith('/early')) {
    // Answers at once, without reading the request body.
    response.statusCode = 413;
    response.end('too large');
    return;
  }
  if (path.startsWith('/delay/')) {
    const timer = setTimeout(() => response.end('ok'), Number(path.slice('/delay/'.length)));
    response.on('close', () => clearTimeout(timer));
    return;
  }
  if (path.startsWith('/gzip')) {
    response.setHeader('content-encoding', 'gzip');
    response.end(gzipSync('hello over h2, gzipped'));
    return;
  }
  if (path.startsWith('/stream')) {
    let sent = 0;
    const timer = setInterval(() => {
      sent += 1;
      response.write(`chunk ${sent}\n`);
      if (sent === 3) {
        clearInterval(timer);
        response.end();
      }
    }, 30);
    response.on('close', () => clearInterval(timer));
    return;
  }
  if (path.startsWith('/slow')) {
    const timer = setTimeout(() => response.end('late'), 2000);
    response.on('close', () => clearTimeout(timer));
    return;
  }
  if (!path.startsWith('/echo')) {
    response.statusCode = 404;
    response.end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const echo: H2Echo = {
      method: request.method,
      path,
      httpVersion: request.httpVersion,
      headers: request.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(echo));
  });
}

/** Counts the streams open at once on each session; returns the peaks (one entry per session). */
function trackStreamPeaks(server: NodeHttp2Server, sessions: Set<Http2Session>): number[] {
  const peaks: number[] = [];
  server.on('session', (session: Http2Session) => {
    sessions.add(session);
    session.once('close', () => sessions.delete(session));
    const index = peaks.push(0) - 1;
    let open = 0;
    session.on('stream', (stream: Http2Stream) => {
      open += 1;
      peaks[index] = Math.max(peaks[index]!, open);
      stream.on('close', () => {
        open -= 1;
      });
    });
  });
  return peaks;
}

/**
 * Starts an HTTP/2 server on 127.0.0.1 (port 0).
 *
 * @example
 * await using server = await startH2Server({ cert: tls.server.cert, key: tls.server.key });
 * // request `${server.url}/echo` with verify: tls.caFile and an adapter with http2: true
 */
export async function startH2Server(options: H2ServerOptions = {}): Promise<H2Server> {
  const secure = options.cert !== undefined && options.key !== undefined;
  const server = secure
    ? createSecureServer(
        { cert: options.cert, key: options.key, allowHTTP1: options.allowHTTP1 ?? false },
        handle,
      )
    : createServer(handle);
  // Refused handshakes (an HTTP/1.1-only client of an h2-only server) are expected: keep them quiet.
  server.on('tlsClientError', () => {});
  server.on('sessionError', () => {});
  const tracked = trackConnections(server);
  const sessions = new Set<Http2Session>();
  const streamPeaks = trackStreamPeaks(server, sessions);
  const port = await listenOnLoopback(server);
  return withTracking(
    {
      port,
      url: `${secure ? 'https' : 'http'}://localhost:${port}`,
      streamPeaks,
      goAway() {
        for (const session of sessions) session.close();
      },
    },
    tracked,
  );
}
