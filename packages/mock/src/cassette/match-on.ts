/** Deciding whether a recorded request is the one being made, on the chosen fields (vcrpy's match_on). */
import { sortQuery } from '../url-matcher.js';
import type { RecordedRequest } from './interaction.js';
import { bodyBytes } from './recorded-body.js';

/**
 * What a cassette compares requests on.
 * @example
 * await using tape = await useCassette(session, 'test/cassettes/post.json', { matchOn: ['method', 'uri', 'body'] });
 */
export type MatchOn = 'method' | 'uri' | 'host' | 'path' | 'query' | 'headers' | 'body';

/** Every field a cassette can match on. */
export const MATCH_ON: readonly MatchOn[] = ['method', 'uri', 'host', 'path', 'query', 'headers', 'body'];

function parts(uri: string): { host: string; origin: string; path: string; query: string } {
  try {
    const url = new URL(uri);
    return { host: url.host, origin: url.origin, path: url.pathname, query: sortQuery(url.search.slice(1)) };
  } catch {
    return { host: '', origin: '', path: uri, query: '' };
  }
}

function headerMap(headers: RecordedHeaders): string {
  const entries = Object.entries(headers).map(([name, value]) => [
    name.toLowerCase(),
    typeof value === 'string' ? value : value.join(', '),
  ]);
  return JSON.stringify(entries.sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0)));
}

type RecordedHeaders = RecordedRequest['headers'];

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

interface Side {
  readonly request: RecordedRequest;
  readonly url: ReturnType<typeof parts>;
}

const SAME: Readonly<Record<MatchOn, (a: Side, b: Side) => boolean>> = {
  method: (a, b) => a.request.method === b.request.method,
  uri: (a, b) => a.url.origin === b.url.origin && a.url.path === b.url.path && a.url.query === b.url.query,
  host: (a, b) => a.url.host === b.url.host,
  path: (a, b) => a.url.path === b.url.path,
  query: (a, b) => a.url.query === b.url.query,
  headers: (a, b) => headerMap(a.request.headers) === headerMap(b.request.headers),
  body: (a, b) => sameBytes(bodyBytes(a.request.body), bodyBytes(b.request.body)),
};

/** The first field on which the two requests differ, or null when they are the same on all of `on`. */
export function requestDifference(
  recorded: RecordedRequest,
  incoming: RecordedRequest,
  on: readonly MatchOn[],
): MatchOn | null {
  const a: Side = { request: recorded, url: parts(recorded.uri) };
  const b: Side = { request: incoming, url: parts(incoming.uri) };
  return on.find((field) => !SAME[field](a, b)) ?? null;
}
