// A real nginx serving HTTP/2 on 127.0.0.1: TLS (h2 and HTTP/1.1 by ALPN) and h2c, from a temporary config.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBinary, getFreePort, startDaemonIn } from './daemon.js';

/** A running nginx. */
export interface NginxServer extends AsyncDisposable {
  /** `https://localhost:<port>`: h2 and HTTP/1.1 by ALPN. */
  readonly url: string;
  /** `http://localhost:<port>`: h2c only (prior knowledge). */
  readonly h2cUrl: string;
  /** What the daemon logged. */
  log(): string;
  /** Stops nginx and removes its directory. */
  close(): Promise<void>;
}

/**
 * Starts nginx in the foreground with two listeners: TLS with `cert`/`key` (files) speaking h2
 * and HTTP/1.1, and plain h2c. Every location answers from nginx itself: `/echo` returns
 * `<protocol> <method> <uri>` (e.g. `HTTP/2.0 GET /echo`), `/gzip` a gzip-coded text
 * (`gzip on`), `/redirect` a 302 to `/echo`.
 *
 * @throws Error naming the Debian package when nginx is not installed.
 */
export async function startNginx(options: { certFile: string; keyFile: string }): Promise<NginxServer> {
  const binary = findBinary('nginx', 'nginx');
  const dir = await mkdtemp(join(tmpdir(), 'reqs-nginx-'));
  const [tlsPort, h2cPort] = [await getFreePort(), await getFreePort()];
  const temp = (name: string) => `${name} ${join(dir, name.replace(/_path$/, ''))};`;
  const config = `
daemon off;
master_process off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr notice;
events { worker_connections 64; }
http {
  access_log off;
  ${temp('client_body_temp_path')}
  ${temp('proxy_temp_path')}
  ${temp('fastcgi_temp_path')}
  ${temp('uwsgi_temp_path')}
  ${temp('scgi_temp_path')}
  default_type text/plain;
  gzip on;
  gzip_min_length 1;
  gzip_types text/plain;
  server {
    listen 127.0.0.1:${tlsPort} ssl http2;
    listen 127.0.0.1:${h2cPort} http2;
    ssl_certificate ${options.certFile};
    ssl_certificate_key ${options.keyFile};
    location /echo { return 200 "$server_protocol $request_method $request_uri"; }
    location /gzip { return 200 "${'nginx gzipped this text. '.repeat(8)}"; }
    location /redirect { return 302 /echo; }
  }
}
`;
  const configFile = join(dir, 'nginx.conf');
  await writeFile(configFile, config);
  const { daemon, close } = await startDaemonIn(
    dir,
    binary,
    ['-p', dir, '-e', 'stderr', '-c', configFile],
    tlsPort,
  );
  return {
    url: `https://localhost:${tlsPort}`,
    h2cUrl: `http://localhost:${h2cPort}`,
    log: daemon.output,
    close,
    [Symbol.asyncDispose]: close,
  };
}
