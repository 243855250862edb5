// The parts of a request and a response as lists of header pairs and body bytes, for printing.
import type { PreparedRequest, Response } from 'reqs';

/** `[name, value]` pairs of a response, each `Set-Cookie` on its own line. */
export function responseHeaderPairs(response: Response): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of response.headers) {
    if (name.toLowerCase() === 'set-cookie') {
      for (const one of response.headers.getAll(name)) pairs.push([name, one]);
    } else {
      pairs.push([name, value]);
    }
  }
  return pairs;
}

/** `[name, value]` pairs of a request, led by `Host` as the wire shows it. */
export function requestHeaderPairs(request: PreparedRequest): [string, string][] {
  const pairs: [string, string][] = [];
  const url = new URL(request.url ?? '');
  if (!request.headers.has('host')) pairs.push(['Host', url.host]);
  for (const [name, value] of request.headers) {
    if (value !== null && value !== undefined) pairs.push([name, String(value)]);
  }
  return pairs;
}

/** The request target: path and query. */
export function requestTarget(request: PreparedRequest): string {
  const url = new URL(request.url ?? '');
  return url.pathname + url.search;
}

/** The request body when it is in memory; null for a stream (printed as a notice). */
export function requestBodyBytes(request: PreparedRequest): Uint8Array | string | null {
  const body = request.body;
  if (body === null || body === undefined) return '';
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return null;
}

/** The protocol version of a response (`1.1` unless the adapter says otherwise). */
export function httpVersionOf(response: Response): string {
  const version = (response as { httpVersion?: string }).httpVersion;
  return version ?? '1.1';
}
