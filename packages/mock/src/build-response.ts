/** A response spec turned into a real core Response, built the way a transport builds one. */
import { STATUS_CODES } from 'node:http';
import { type Adapter, CaseInsensitiveDict, type PreparedRequest, Response } from '@reqs/core';
import { contentCodings } from './decode-content.js';
import { type BodyTiming, encodedStreamBody, encodedWholeBody, timedChunks, WholeBody } from './mock-body.js';
import type { MockBody, MockErrorResponse, MockHeaders, MockResponseSpec } from './response-spec.js';

const encoder = new TextEncoder();

/** A spec that answers with a response (not an error). */
export type MockResponseOnly = Exclude<MockResponseSpec, MockErrorResponse>;

/** Statuses (and HEAD) that carry no body whatever the spec says (RFC 9110). */
function hasNoBody(method: string, status: number): boolean {
  return method === 'HEAD' || status === 204 || status === 304 || (status >= 100 && status < 200);
}

/** The headers in order, repeats kept (an array value, or repeated pairs). */
export function headerDict(headers: MockHeaders | undefined): CaseInsensitiveDict<string> {
  const dict = CaseInsensitiveDict.plain<string>();
  if (headers === undefined) return dict;
  const pairs = Array.isArray(headers)
    ? (headers as readonly (readonly [string, string])[])
    : Object.entries(headers as Readonly<Record<string, string | readonly string[]>>);
  for (const [name, value] of pairs) {
    if (typeof value === 'string') dict.append(name, value);
    else for (const one of value) dict.append(name, one);
  }
  return dict;
}

/** The body as bytes, or a stream of chunks; sets the Content-Type `text`/`json` imply when none is given. */
function bodyOf(
  spec: MockResponseOnly,
  headers: CaseInsensitiveDict<string>,
): Uint8Array | AsyncIterable<Uint8Array | string> {
  if (spec.text !== undefined) {
    if (!headers.has('content-type')) headers.set('Content-Type', 'text/plain; charset=utf-8');
    return encoder.encode(spec.text);
  }
  if ('json' in spec) {
    if (!headers.has('content-type')) headers.set('Content-Type', 'application/json');
    return encoder.encode(JSON.stringify(spec.json));
  }
  return bodyBytesOrStream(spec.body);
}

function bodyBytesOrStream(body: MockBody | undefined): Uint8Array | AsyncIterable<Uint8Array | string> {
  if (body === undefined) return new Uint8Array(0);
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  return body as AsyncIterable<Uint8Array | string>;
}

/**
 * The Response for `spec`: status, reason (the standard phrase by default), headers in order,
 * and the body as a transport hands it over — `raw` undecoded, the decoded side undoing
 * `Content-Encoding` on first read, a stream read within the read timeout and abort signal.
 */
export function buildResponse(
  spec: MockResponseOnly,
  request: PreparedRequest,
  adapter: Adapter,
  timing: BodyTiming,
): Response {
  const status = spec.status ?? 200;
  const response = new Response();
  response.statusCode = status;
  response.reason = spec.reason ?? STATUS_CODES[status] ?? '';
  response.url = request.url;
  response.request = request;
  response.connection = adapter;
  const headers = headerDict(spec.headers);
  const body = bodyOf(spec, headers);
  response.headers = headers;
  if (hasNoBody(request.method, status)) {
    response.content = new Uint8Array(0);
    return response;
  }
  const encodings = headers.getAll('content-encoding');
  const codings = encodings.length === 0 ? null : contentCodings(encodings);
  if (body instanceof Uint8Array) {
    if (codings === null || codings.length === 0) response.setBody(new WholeBody(() => body));
    else {
      const { decoded, raw } = encodedWholeBody(body, codings, response);
      response.setBody(decoded, raw);
    }
    return response;
  }
  const chunks = timedChunks(body, timing);
  if (codings === null || codings.length === 0) response.setBody(chunks);
  else {
    const { decoded, raw } = encodedStreamBody(chunks, codings, response);
    response.setBody(decoded, raw);
  }
  return response;
}
