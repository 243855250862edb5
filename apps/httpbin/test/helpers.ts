// Test helpers: a server per suite, and a raw HTTP(S) client for what fetch hides or rewrites.
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { afterAll, beforeAll } from 'vitest';
import { type HttpbinServer, type StartOptions, startServer } from '../src/index.js';

/** Starts a server before the suite's tests and closes it after them; call the getter inside tests. */
export function useServer(options: StartOptions = {}): () => HttpbinServer {
  let server: HttpbinServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('server not started');
    return server;
  };
}

/** A response read byte for byte: no decompression, no redirects, each body chunk kept. */
export interface RawResponse {
  status: number;
  /** The reason phrase of the status line. */
  reason: string;
  headers: IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
  chunks: Buffer[];
  /** Milliseconds from sending to the end of the body. */
  elapsed: number;
}

/** Options for {@link raw}. */
export interface RawInit {
  method?: string;
  headers?: Record<string, string | string[]>;
  body?: string | Uint8Array;
  ca?: string;
  cert?: string;
  key?: string;
}

/** Sends one request on a fresh connection and reads the whole response. */
export function raw(url: string, init: RawInit = {}): Promise<RawResponse> {
  const started = performance.now();
  const send = url.startsWith('https:') ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const tls = { ...(init.ca && { ca: init.ca }), ...(init.cert && { cert: init.cert, key: init.key }) };
    const req = send(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent: false, ...tls },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            reason: res.statusMessage ?? '',
            headers: res.headers,
            rawHeaders: res.rawHeaders,
            body: Buffer.concat(chunks),
            chunks,
            elapsed: performance.now() - started,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

/** The names and values of every header called `name` (case-insensitive), in order. */
export function headerValues(res: RawResponse, name: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < res.rawHeaders.length; i += 2) {
    if (res.rawHeaders[i]!.toLowerCase() === name.toLowerCase()) out.push(res.rawHeaders[i + 1]!);
  }
  return out;
}

/** The body parsed as JSON. */
export function json<T = Record<string, unknown>>(res: RawResponse): T {
  return JSON.parse(res.body.toString('utf8')) as T;
}
