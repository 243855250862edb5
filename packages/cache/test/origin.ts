/** A small origin server for cache tests: each path answers what its route says, and counts requests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTPAdapter } from '@reqs/adapters';
import { Session } from '@reqs/session';
import { afterEach, beforeEach } from 'vitest';
import { CacheAdapter, type CacheOptions } from '../src/index.js';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface Origin {
  readonly url: string;
  /** Requests seen per path (query excluded). */
  hits(path: string): number;
  /** The requests seen per path, in order. */
  requests(path: string): IncomingMessage[];
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

export async function startOrigin(): Promise<Origin> {
  const routes = new Map<string, Route>();
  const seen = new Map<string, IncomingMessage[]>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const list = seen.get(path) ?? [];
    list.push(req);
    seen.set(path, list);
    const route = routes.get(path);
    if (route === undefined) {
      res.writeHead(404).end('no route');
      return;
    }
    route(req, res, list.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (path) => seen.get(path)?.length ?? 0,
    requests: (path) => seen.get(path) ?? [],
    route: (path, route) => routes.set(path, route),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A fresh origin for each test of the file: started before it, closed after it (closing twice is fine). */
export function useOrigin(): Origin {
  let current: Origin | undefined;
  beforeEach(async () => {
    current = await startOrigin();
  });
  afterEach(async () => {
    await current?.close();
  });
  const started = (): Origin => {
    if (!current) throw new Error('the origin is not started yet: use it inside a test');
    return current;
  };
  return {
    get url() {
      return started().url;
    },
    hits: (path) => started().hits(path),
    requests: (path) => started().requests(path),
    route: (path, route) => started().route(path, route),
    close: () => started().close(),
  };
}

/** A session whose http:// adapter is a CacheAdapter over a real HTTPAdapter. */
export function cachingSession(options: CacheOptions = {}): { session: Session; adapter: CacheAdapter } {
  const session = new Session();
  const adapter = new CacheAdapter(new HTTPAdapter(), options);
  session.mount('http://', adapter);
  return { session, adapter };
}

/** A route answering `body` with `headers`. */
export function reply(
  headers: Record<string, string>,
  body: string | ((hit: number) => string) = 'body',
): Route {
  return (_req, res, hit) => {
    res.writeHead(200, headers).end(typeof body === 'string' ? body : body(hit));
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
