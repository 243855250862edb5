/** Route table and dispatch: path patterns, Flask's automatic HEAD/OPTIONS, 404/405 and CORS headers. */
import type { Exchange } from './exchange.js';
import { exposeHeaders } from './expose-headers.js';
import { HttpError, sendError } from './http-error.js';
import { send } from './reply.js';

/** Answers one matched request. */
export type Handler = (ex: Exchange) => void | Promise<void>;

/** A method list, a pattern (`/status/{codes}`, `/bytes/{n:int}`, `/anything/{rest:path}`) and a handler. */
export interface Route {
  readonly methods: readonly string[];
  readonly pattern: string;
  readonly handler: Handler;
}

/** The methods httpbin's "any method" routes accept. */
export const ANY_METHOD = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'TRACE'] as const;

/** Declares a route; `GET` routes also answer `HEAD`, and every route answers `OPTIONS`. */
export function route(methods: string | readonly string[], pattern: string, handler: Handler): Route {
  return { methods: typeof methods === 'string' ? [methods] : methods, pattern, handler };
}

type Segment = { literal: string } | { name: string; kind: 'str' | 'int' | 'path' };
interface Compiled {
  route: Route;
  segments: Segment[];
}

function compile(route: Route): Compiled {
  const segments = route.pattern.split('/').map((part): Segment => {
    const m = /^\{(\w+)(?::(int|path))?\}$/.exec(part);
    if (!m) return { literal: part };
    return { name: m[1]!, kind: (m[2] as 'int' | 'path' | undefined) ?? 'str' };
  });
  return { route, segments };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function match(compiled: Compiled, parts: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  const { segments } = compiled;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const part = parts[i];
    if (part === undefined) return undefined;
    if ('literal' in seg) {
      if (seg.literal !== part) return undefined;
    } else if (seg.kind === 'path') {
      const rest = parts.slice(i).join('/');
      if (!rest) return undefined;
      params[seg.name] = decode(rest);
      return params;
    } else {
      if (!part || (seg.kind === 'int' && !/^\d+$/.test(part))) return undefined;
      params[seg.name] = decode(part);
    }
  }
  return parts.length === segments.length ? params : undefined;
}

// Flask's after_request hook in httpbin: every response allows the caller's origin.
function applyCors(ex: Exchange): void {
  ex.res.setHeader('Access-Control-Allow-Origin', ex.header('origin') ?? '*');
  ex.res.setHeader('Access-Control-Allow-Credentials', 'true');
  if (ex.method !== 'OPTIONS') {
    exposeHeaders(ex.res);
    return;
  }
  ex.res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE, PATCH, OPTIONS');
  ex.res.setHeader('Access-Control-Max-Age', '3600');
  const requested = ex.header('access-control-request-headers');
  if (requested !== undefined) ex.res.setHeader('Access-Control-Allow-Headers', requested);
}

function allowHeader(routes: readonly Route[]): string {
  const methods = new Set<string>(['OPTIONS']);
  for (const r of routes) for (const m of r.methods) methods.add(m);
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort().join(', ');
}

/** Finds the route for each request and runs it, answering errors itself. */
export class Router {
  readonly #routes: Compiled[];

  constructor(routes: readonly Route[]) {
    this.#routes = routes.map(compile);
  }

  /** Answers `ex`: the matching handler, or OPTIONS/404/405/413/500 as Flask would. */
  async dispatch(ex: Exchange): Promise<void> {
    applyCors(ex);
    try {
      await this.#run(ex);
    } catch (error) {
      if (ex.res.headersSent) ex.res.destroy(error as Error);
      else if (error instanceof HttpError) sendError(ex.res, error.status, error.message);
      else sendError(ex.res, 500, error instanceof Error ? error.message : String(error));
    }
  }

  async #run(ex: Exchange): Promise<void> {
    const parts = ex.path.split('/');
    const found: Array<{ route: Route; params: Record<string, string> }> = [];
    for (const compiled of this.#routes) {
      const params = match(compiled, parts);
      if (params) found.push({ route: compiled.route, params });
    }
    if (found.length === 0) return sendError(ex.res, 404, 'The requested URL was not found on the server.');
    const method = ex.method === 'HEAD' ? 'GET' : ex.method;
    const hit = found.find((f) => f.route.methods.includes(method));
    const allow = allowHeader(found.map((f) => f.route));
    if (ex.method === 'OPTIONS' && !hit)
      return send(ex.res, 200, '', { Allow: allow, 'Content-Type': 'text/html; charset=utf-8' });
    if (!hit)
      return sendError(ex.res, 405, 'The method is not allowed for the requested URL.', { Allow: allow });
    ex.params = hit.params;
    await hit.route.handler(ex);
  }
}
