// What a hostile server received: one parsed HTTP/1.1 request.

/** A request as it arrived on the wire. */
export interface ReceivedRequest {
  /** The request line's method, exactly as sent. */
  readonly method: string;
  /** The request target as sent (origin-form `/p?q`, or absolute-form through a proxy). */
  readonly target: string;
  /** The target's path, without the query (also for absolute-form targets). */
  readonly path: string;
  /** Header fields in order, names as sent, values as latin-1. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** The whole head (request line and fields, without the blank line), latin-1. */
  readonly head: string;
  /** The body, de-chunked. */
  readonly body: Buffer;
  /** Which accepted connection (1-based) the request came on. */
  readonly connection: number;
}

/** Every value of header `name` (case-insensitive), in order. */
export function headerValues(request: ReceivedRequest, name: string): string[] {
  const lower = name.toLowerCase();
  return request.headers.filter(([n]) => n.toLowerCase() === lower).map(([, v]) => v);
}

/** The values of header `name` joined with `, `, or undefined when absent. */
export function header(request: ReceivedRequest, name: string): string | undefined {
  const values = headerValues(request, name);
  return values.length === 0 ? undefined : values.join(', ');
}

/** Parses a request head (request line and header fields, CRLF-separated). */
export function parseRequestHead(head: string, connection: number): Omit<ReceivedRequest, 'body'> {
  const lines = head.split('\r\n');
  const [method = '', target = ''] = (lines[0] ?? '').split(' ');
  const headers: Array<readonly [string, string]> = [];
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.push([line.slice(0, colon), line.slice(colon + 1).trim()]);
  }
  return { method, target, path: pathOf(target), headers, head, connection };
}

function pathOf(target: string): string {
  if (target.startsWith('/')) return target.split('?')[0] ?? target;
  try {
    return new URL(target).pathname;
  } catch {
    return target;
  }
}
