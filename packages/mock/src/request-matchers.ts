/** The extra matchers of a route (query, headers, json, body, form, match), each saying why it failed. */
import { isDeepStrictEqual } from 'node:util';
import type { PreparedRequest, Scalar } from '@reqs/core';
import type { MockParams, MockRouteOptions } from './route-options.js';
import type { RequestUrl } from './url-matcher.js';

/** Checks one request: null when it passes, else what differed. */
export type RequestCheck = (
  request: PreparedRequest,
  url: RequestUrl,
  body: Uint8Array | null,
) => string | null;

/** The compiled matchers of a route, and whether any of them reads the body. */
export interface RequestMatchers {
  readonly checks: readonly RequestCheck[];
  readonly needsBody: boolean;
  /** Their names, for the route table (`query, headers`). */
  readonly names: readonly string[];
}

const decoder = new TextDecoder();

function paramsOf(init: MockParams | URLSearchParams | string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  const pairs: Iterable<[string, Scalar]> =
    typeof init === 'string' || init instanceof URLSearchParams
      ? new URLSearchParams(init)
      : Object.entries(init).flatMap(([k, v]) =>
          (Array.isArray(v) ? (v as readonly Scalar[]) : [v as Scalar]).map((x): [string, Scalar] => [k, x]),
        );
  for (const [key, value] of pairs) {
    const list = map.get(key);
    if (list === undefined) map.set(key, [String(value)]);
    else list.push(String(value));
  }
  return map;
}

function sameValues(expected: readonly string[], actual: readonly string[]): boolean {
  if (expected.length !== actual.length) return false;
  const a = expected.toSorted();
  const b = actual.toSorted();
  return a.every((value, i) => value === b[i]);
}

function show(values: readonly string[] | undefined): string {
  if (values === undefined || values.length === 0) return 'absent';
  return values.length === 1 ? JSON.stringify(values[0]) : JSON.stringify(values);
}

/** Every expected key carries exactly its values (`exact`: and no other key is there). */
function compareParams(
  kind: string,
  expected: Map<string, string[]>,
  actual: Map<string, string[]>,
  exact: boolean,
) {
  for (const [key, values] of expected) {
    const got = actual.get(key);
    if (got === undefined || !sameValues(values, got)) {
      return `${kind} ${key}: expected ${show(values)}, got ${show(got)}`;
    }
  }
  if (exact) {
    for (const key of actual.keys()) if (!expected.has(key)) return `${kind} ${key}: not expected`;
  }
  return null;
}

function queryCheck(init: MockParams | URLSearchParams | string): RequestCheck {
  const expected = paramsOf(init);
  return (_request, url) => compareParams('query', expected, paramsOf(url.search), false);
}

function headersCheck(init: Readonly<Record<string, string | RegExp | null>>): RequestCheck {
  const expected = Object.entries(init);
  return (request) => {
    for (const [name, want] of expected) {
      const got = request.headers.get(name) ?? null;
      const ok =
        want === null
          ? got === null
          : got !== null && (typeof want === 'string' ? got === want : want.test(got));
      if (!ok) {
        const wanted =
          want === null ? 'absent' : typeof want === 'string' ? JSON.stringify(want) : String(want);
        return `header ${name}: expected ${wanted}, got ${got === null ? 'absent' : JSON.stringify(got)}`;
      }
    }
    return null;
  };
}

function jsonCheck(expected: unknown): RequestCheck {
  return (_request, _url, body) => {
    const text = body === null ? '' : decoder.decode(body);
    let got: unknown;
    try {
      got = JSON.parse(text);
    } catch {
      return `json body: expected ${JSON.stringify(expected)}, got a body that is not JSON: ${JSON.stringify(text.slice(0, 80))}`;
    }
    return isDeepStrictEqual(got, expected)
      ? null
      : `json body: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`;
  };
}

function bodyCheck(expected: NonNullable<MockRouteOptions['body']>): RequestCheck {
  return (_request, _url, body) => {
    const bytes = body ?? new Uint8Array(0);
    if (typeof expected === 'function') return expected(bytes) ? null : 'body: refused by the body function';
    const text = decoder.decode(bytes);
    if (expected instanceof RegExp) {
      expected.lastIndex = 0;
      return expected.test(text)
        ? null
        : `body: expected to match ${String(expected)}, got ${JSON.stringify(text)}`;
    }
    const ok = typeof expected === 'string' ? text === expected : Buffer.from(bytes).equals(expected);
    const wanted = typeof expected === 'string' ? expected : decoder.decode(expected);
    return ok ? null : `body: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(text)}`;
  };
}

function formCheck(init: MockParams): RequestCheck {
  const expected = paramsOf(init);
  return (_request, _url, body) =>
    compareParams('form field', expected, paramsOf(body === null ? '' : decoder.decode(body)), true);
}

function matchCheck(match: (request: PreparedRequest) => boolean): RequestCheck {
  return (request) => (match(request) ? null : 'match: refused by the match function');
}

/** Compiles the matchers named in `options`. */
export function compileMatchers(options: MockRouteOptions): RequestMatchers {
  const checks: RequestCheck[] = [];
  const names: string[] = [];
  const add = (name: string, check: RequestCheck) => {
    checks.push(check);
    names.push(name);
  };
  if (options.query !== undefined) add('query', queryCheck(options.query));
  if (options.headers !== undefined) add('headers', headersCheck(options.headers));
  if (options.json !== undefined) add('json', jsonCheck(options.json));
  if (options.body !== undefined) add('body', bodyCheck(options.body));
  if (options.form !== undefined) add('form', formCheck(options.form));
  if (options.match !== undefined) add('match', matchCheck(options.match));
  const needsBody = options.json !== undefined || options.body !== undefined || options.form !== undefined;
  return { checks, needsBody, names };
}
