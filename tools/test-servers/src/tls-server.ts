// An HTTPS server with the certificates a test chooses; optionally asks for client certificates.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { TLSSocket } from 'node:tls';
import {
  type ConnectionStats,
  listenOnLoopback,
  trackConnections,
  withTracking,
} from './track-connections.js';

/** How to start a TLS server. */
export interface TlsServerOptions {
  /** Server certificate (PEM). */
  cert: string;
  /** Server key (PEM). */
  key: string;
  /** When set, the server requires a client certificate signed by this CA (PEM). */
  clientCa?: string;
  /** Answers requests; the default echoes `{ method, path, headers, clientCert }` as JSON. */
  handler?: (request: IncomingMessage, response: ServerResponse) => void;
}

/** A running HTTPS server on 127.0.0.1. */
export interface TlsServer extends ConnectionStats, AsyncDisposable {
  readonly host: '127.0.0.1';
  readonly port: number;
  /** `https://127.0.0.1:<port>` */
  readonly url: string;
  /** `https://localhost:<port>` */
  readonly localhostUrl: string;
  /** Destroys every open socket, then stops listening. */
  close(): Promise<void>;
}

/** What the default handler answers. */
export interface TlsEcho {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** The client certificate's common name, or null when none was presented. */
  clientCert: string | null;
}

function echo(request: IncomingMessage, response: ServerResponse): void {
  const peer = (request.socket as TLSSocket).getPeerCertificate();
  const body: TlsEcho = {
    method: request.method ?? '',
    path: request.url ?? '',
    headers: request.headers,
    clientCert: peer && typeof peer.subject?.CN === 'string' ? peer.subject.CN : null,
  };
  request.resume();
  request.on('end', () => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(body));
  });
}

/**
 * Starts an HTTPS server on 127.0.0.1 (port 0).
 *
 * @example
 * await using tls = await createTlsFixture();
 * await using server = await startTlsServer({ cert: tls.server.cert, key: tls.server.key });
 * // request server.url with verify: tls.caFile
 */
export async function startTlsServer(options: TlsServerOptions): Promise<TlsServer> {
  const mutual = options.clientCa !== undefined;
  const server = createServer(
    {
      cert: options.cert,
      key: options.key,
      ...(mutual ? { ca: options.clientCa, requestCert: true, rejectUnauthorized: true } : {}),
    },
    options.handler ?? echo,
  );
  // Handshake failures are expected in these tests: keep them quiet.
  server.on('tlsClientError', () => {});
  const tracked = trackConnections(server);
  const port = await listenOnLoopback(server);
  return withTracking(
    {
      host: '127.0.0.1',
      port,
      url: `https://127.0.0.1:${port}`,
      localhostUrl: `https://localhost:${port}`,
    },
    tracked,
  );
}
