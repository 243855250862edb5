/** Starting and stopping the server: HTTP or HTTPS on one port, counting and owning its connections. */
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { ConnectionTracker } from './connection-tracker.js';
import { Exchange } from './exchange.js';
import { Router } from './router.js';
import { allRoutes } from './routes/index.js';
import { generateTls, type TlsMaterial } from './tls.js';
import { WerkzeugResponse } from './werkzeug-response.js';

/** Options for {@link startServer}. */
export interface StartOptions {
  /** Port to listen on; `0` (the default) picks a free one. */
  port?: number;
  /** Address to listen on; default `127.0.0.1`. */
  host?: string;
  /** Serve HTTPS with a certificate generated now (signed by a fresh CA, see `ca`). */
  tls?: boolean;
}

/** A running server. `await using server = await startServer()` closes it at the end of the scope. */
export interface HttpbinServer extends AsyncDisposable {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:54321`. */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** TCP connections accepted so far (tests use it to prove keep-alive reuse). */
  readonly connections: number;
  /** TLS only: PEM of the CA that signed the server and client certificates. */
  readonly ca?: string;
  /** TLS only: path of the CA PEM file (for `verify`). */
  readonly caFile?: string;
  /** TLS only: client certificate and key files (for `cert: [certFile, keyFile]`). */
  readonly clientCertFile?: string;
  readonly clientKeyFile?: string;
  /** TLS only: client certificate and key in one PEM file (for `cert: file`). */
  readonly clientPemFile?: string;
  /** Destroys open connections, stops listening and deletes the TLS files. */
  close(): Promise<void>;
}

function formatUrl(scheme: string, host: string, port: number): string {
  const shown = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `${scheme}://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

function createServer(tls: TlsMaterial | undefined): Server {
  // Status lines as real httpbin (werkzeug) writes them: `HTTP/1.1 404 NOT FOUND`.
  if (!tls) return createHttpServer({ ServerResponse: WerkzeugResponse });
  // Client certificates are requested but optional; /client-cert reports what was presented.
  const options = {
    key: tls.key,
    cert: tls.cert,
    ca: [tls.ca],
    requestCert: true,
    rejectUnauthorized: false,
    ServerResponse: WerkzeugResponse,
  };
  return createHttpsServer(options) as unknown as Server;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

// Idempotent: stop listening, drop open connections (server.close alone waits for them), delete TLS files.
function closer(
  server: Server,
  tracker: ConnectionTracker,
  material: TlsMaterial | undefined,
): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      tracker.destroyAll();
      await stopped;
      await material?.remove();
    })();
    return closing;
  };
}

function tlsFields(material: TlsMaterial | undefined) {
  if (!material) return {};
  const { ca, caFile, clientCertFile, clientKeyFile, clientPemFile } = material;
  return { ca, caFile, clientCertFile, clientKeyFile, clientPemFile };
}

/**
 * Starts an httpbin-compatible server.
 * @throws the `listen` error (e.g. `EADDRINUSE`), or the `openssl` failure in TLS mode.
 * @example
 * const httpbin = await startServer();
 * const r = await fetch(`${httpbin.url}/get?a=1`);
 * await httpbin.close();
 */
export async function startServer(options: StartOptions = {}): Promise<HttpbinServer> {
  const { port = 0, host = '127.0.0.1', tls = false } = options;
  const material = tls ? await generateTls() : undefined;
  const server = createServer(material);
  const tracker = new ConnectionTracker(server);
  const router = new Router(allRoutes);
  server.on('request', (req, res) => void router.dispatch(new Exchange(req, res, tracker)));
  const close = closer(server, tracker, material);
  let address: AddressInfo;
  try {
    address = await listen(server, port, host);
  } catch (error) {
    await close();
    throw error;
  }
  return {
    url: formatUrl(tls ? 'https' : 'http', host, address.port),
    port: address.port,
    server,
    get connections() {
      return tracker.connections;
    },
    ...tlsFields(material),
    close,
    [Symbol.asyncDispose]: close,
  };
}
