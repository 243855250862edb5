/** Requests and responses turned into their recorded form (redacted), and recorded responses back into Responses. */
import type { Adapter, CaseInsensitiveDict, PreparedRequest, Response } from '@reqs/core';
import { buildResponse } from '../build-response.js';
import type { BodyTiming } from '../mock-body.js';
import type { RecordedHeaders, RecordedRequest, RecordedResponse } from './interaction.js';
import { bodyBytes, bodyText, isTextual, storedBytes, storedText, textOf } from './recorded-body.js';
import type { Redactor } from './redactor.js';

/** Header name → values, as `[name, value]` pairs in order (repeats kept). */
export function headerPairs(headers: CaseInsensitiveDict<string>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of headers.keys()) for (const value of headers.getAll(name)) pairs.push([name, value]);
  return pairs;
}

function recordHeaders(pairs: readonly (readonly [string, string])[], redactor: Redactor): RecordedHeaders {
  // No prototype: a header named __proto__ is a key like any other.
  const headers: RecordedHeaders = Object.create(null);
  for (const [name, value] of pairs) {
    const recorded = redactor.header(name, value);
    const previous = headers[name];
    if (previous === undefined) headers[name] = recorded;
    else if (typeof previous === 'string') headers[name] = [previous, recorded];
    else previous.push(recorded);
  }
  return headers;
}

function recordedBody(bytes: Uint8Array, pairs: readonly (readonly [string, string])[], redactor: Redactor) {
  const value = (name: string) => pairs.find(([n]) => n.toLowerCase() === name)?.[1];
  const text = bodyText(bytes, isTextual(value('content-type'), value('content-encoding')));
  return text === null ? storedBytes(bytes) : storedText(redactor.bodyText(text));
}

/** A request as a cassette records it; `body` null for a request without one. */
export function recordRequest(
  request: PreparedRequest,
  body: Uint8Array | null,
  redactor: Redactor,
): RecordedRequest {
  const pairs = headerPairs(request.headers);
  return {
    method: request.method,
    uri: redactor.uri(request.url),
    headers: recordHeaders(pairs, redactor),
    body: body === null || body.byteLength === 0 ? null : recordedBody(body, pairs, redactor),
  };
}

/** A response as a cassette records it, from its status line, headers and undecoded body bytes. */
export function recordResponse(
  status: number,
  reason: string,
  pairs: readonly (readonly [string, string])[],
  body: Uint8Array,
  redactor: Redactor,
): RecordedResponse {
  return {
    status,
    reason,
    headers: recordHeaders(pairs, redactor),
    body: recordedBody(body, pairs, redactor),
  };
}

/** The Response a recorded one plays back as (placeholders put back), built as MockAdapter builds its own. */
export function replayResponse(
  recorded: RecordedResponse,
  redactor: Redactor,
  request: PreparedRequest,
  adapter: Adapter,
  timing: BodyTiming,
): Response {
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(recorded.headers)) {
    for (const one of typeof value === 'string' ? [value] : value)
      headers.push([name, redactor.restore(one)]);
  }
  const text = textOf(recorded.body);
  const body = text === null ? bodyBytes(recorded.body) : redactor.restore(text);
  return buildResponse(
    { status: recorded.status, reason: recorded.reason, headers, body },
    request,
    adapter,
    timing,
  );
}
