// Bad options from users (issue 14): misspelt option names on every entry point, values of the
// wrong type, missing URLs and files. Each is refused with its named error and a message naming
// the option and what was wrong — before any I/O: the server sees no connection at all. Every
// row here is a row of docs/robustness.md ("Bad options").
import { createReadStream } from 'node:fs';
import { HTTPAdapter, Retry } from '@reqs/adapters';
import { MissingSchema, Request, URLRequired } from '@reqs/core';
import requests, { UnreadableFileError } from 'reqs';
import { describe, expect, it } from 'vitest';
import { createSession, startHostileServer } from '../src/index.js';
import { expectError } from './helpers/expect-error.js';
import { writeResponse } from './helpers/respond.js';

type Session = ReturnType<typeof createSession>;
type ErrorClass = abstract new (...args: never[]) => Error;

/** One bad call: what it is, how it is made (on a session, to the server's URL), what it must raise. */
type Row = [scenario: string, call: (s: Session, url: string) => unknown, type: ErrorClass, message: RegExp];

const fn = () => {};
const literal = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

const rows: Row[] = [
  // Unknown option names, on every entry point.
  [
    'allow_redirects on a verb',
    (s, u) => s.get(u, { allow_redirects: false } as never),
    TypeError,
    literal("Unknown option 'allow_redirects' — did you mean 'allowRedirects'?"),
  ],
  [
    'allow_redirects on the module-level verb',
    (_s, u) => requests.get(u, { allow_redirects: false } as never),
    TypeError,
    literal("Unknown option 'allow_redirects' — did you mean 'allowRedirects'?"),
  ],
  [
    "fetch's body on post",
    (s, u) => s.post(u, { body: 'x' } as never),
    TypeError,
    literal("Unknown option 'body' — did you mean 'data'?"),
  ],
  [
    'a case slip (timeOut)',
    (s, u) => s.get(u, { timeOut: 5 } as never),
    TypeError,
    literal("Unknown option 'timeOut' — did you mean 'timeout'?"),
  ],
  [
    'a typo (header)',
    (s, u) => s.get(u, { header: {} } as never),
    TypeError,
    literal("Unknown option 'header' — did you mean 'headers'?"),
  ],
  [
    'a name near nothing (q)',
    (s, u) => s.get(u, { q: 'x' } as never),
    TypeError,
    /^Unknown option 'q' for Session\.request \(known: stream, timeout/,
  ],
  [
    'options that are not an object',
    (s, u) => s.get(u, 'x' as never),
    TypeError,
    literal("The options of Session.request must be an object, got string ('x')"),
  ],
  [
    'allow_redirects on session.send',
    (s, u) => s.send(s.prepareRequest(new Request('GET', u)), { allow_redirects: false } as never),
    TypeError,
    literal("Unknown option 'allow_redirects' — did you mean 'allowRedirects'?"),
  ],
  [
    'a request option on session.send (data)',
    (s, u) => s.send(s.prepareRequest(new Request('GET', u)), { data: 'x' } as never),
    TypeError,
    /^Unknown option 'data' for Session\.send/,
  ],
  [
    'trust_env on new Session',
    () => createSession({ trust_env: false } as never),
    TypeError,
    literal("Unknown option 'trust_env' — did you mean 'trustEnv'?"),
  ],
  [
    'max_redirects on new Session',
    () => createSession({ max_redirects: 3 } as never),
    TypeError,
    literal("Unknown option 'max_redirects' — did you mean 'maxRedirects'?"),
  ],
  [
    'allowRedirects on new Request',
    (_s, u) => new Request('GET', u, { allowRedirects: false } as never),
    TypeError,
    /^Unknown option 'allowRedirects' for new Request/,
  ],
  [
    'jsn on PreparedRequest.prepare',
    (s, u) => s.prepareRequest(new Request('GET', u)).prepare({ url: u, jsn: {} } as never),
    TypeError,
    literal("Unknown option 'jsn' — did you mean 'json'?"),
  ],
  [
    'max_retries on new HTTPAdapter',
    () => new HTTPAdapter({ max_retries: 3 } as never),
    TypeError,
    literal("Unknown option 'max_retries' — did you mean 'maxRetries'?"),
  ],
  [
    'pool_maxsize on new HTTPAdapter',
    () => new HTTPAdapter({ pool_maxsize: 3 } as never),
    TypeError,
    literal("Unknown option 'pool_maxsize' — did you mean 'poolMaxsize'?"),
  ],
  [
    'backoff_factor on new Retry',
    () => new Retry({ backoff_factor: 0.5 } as never),
    TypeError,
    literal("Unknown option 'backoff_factor' — did you mean 'backoffFactor'?"),
  ],
  [
    'status_forcelist on new Retry',
    () => new Retry({ status_forcelist: [503] } as never),
    TypeError,
    literal("Unknown option 'status_forcelist' — did you mean 'statusForcelist'?"),
  ],
  [
    'method_whitelist on new Retry',
    () => new Retry({ method_whitelist: ['GET'] } as never),
    TypeError,
    literal("Unknown option 'method_whitelist' — did you mean 'allowedMethods'?"),
  ],
  [
    'a misspelt hook event',
    (s, u) => s.get(u, { hooks: { responses: fn } } as never),
    TypeError,
    literal("Unknown hook event 'responses' — did you mean 'response'?"),
  ],
  [
    'a misspelt timeout field',
    (s, u) => s.get(u, { timeout: { conect: 5 } } as never),
    TypeError,
    literal("Unknown timeout field 'conect' — did you mean 'connect'?"),
  ],
  [
    'a misspelt map option',
    (s, u) => s.map([u], { throw_on_error: true } as never),
    TypeError,
    literal("Unknown option 'throw_on_error' — did you mean 'throwOnError'?"),
  ],
  [
    'a misspelt option on requests.async.get',
    (_s, u) => requests.async.get(u, { allow_redirects: false } as never),
    TypeError,
    literal("Unknown option 'allow_redirects' — did you mean 'allowRedirects'?"),
  ],
  // Values of the wrong type.
  [
    "timeout: 'foo'",
    (s, u) => s.get(u, { timeout: 'foo' } as never),
    TypeError,
    literal('Timeout value connect was foo, but it must be an int, float or None.'),
  ],
  [
    "timeout: '300' (a numeric string)",
    (s, u) => s.get(u, { timeout: '300' } as never),
    TypeError,
    /^Timeout value connect was 300, but it must be an int, float or None\. \(option 'timeout': .*got string \('300'\)\)$/,
  ],
  [
    'timeout: NaN',
    (s, u) => s.get(u, { timeout: Number.NaN }),
    TypeError,
    literal('Invalid timeout NaN: it must be a positive number of milliseconds or null'),
  ],
  [
    'timeout: [1, 2, 3]',
    (s, u) => s.get(u, { timeout: [1, 2, 3] } as never),
    TypeError,
    /^Invalid timeout \[1,2,3\]: pass a \[connect, read\] pair/,
  ],
  [
    "timeout: { read: '5' }",
    (s, u) => s.get(u, { timeout: { read: '5' } } as never),
    TypeError,
    literal('Timeout value read was 5'),
  ],
  [
    'verify: 1',
    (s, u) => s.get(u, { verify: 1 } as never),
    TypeError,
    literal("Invalid option 'verify': expected true, false or the path of a CA bundle, got number (1)"),
  ],
  [
    "cert: ['one.pem'] (one file in a pair)",
    (s, u) => s.get(u, { cert: ['one.pem'] } as never),
    TypeError,
    literal("Invalid option 'cert': expected a PEM file's path or [certFile, keyFile], got array"),
  ],
  [
    'cert: 42',
    (s, u) => s.get(u, { cert: 42 } as never),
    TypeError,
    /^Invalid option 'cert': .*got number \(42\)$/,
  ],
  [
    'proxies: a string',
    (s, u) => s.get(u, { proxies: 'http://127.0.0.1:3128' } as never),
    TypeError,
    /^Invalid option 'proxies': expected an object of proxy URLs/,
  ],
  [
    'proxies: { http: 3128 }',
    (s, u) => s.get(u, { proxies: { http: 3128 } } as never),
    TypeError,
    literal("Invalid option 'proxies.http': expected a proxy URL string, got number (3128)"),
  ],
  [
    "hooks: { response: 'log' }",
    (s, u) => s.get(u, { hooks: { response: 'log' } } as never),
    TypeError,
    literal(
      "Invalid option 'hooks.response': expected a function or a list of functions, got string ('log')",
    ),
  ],
  [
    'hooks: { response: [fn, 5] }',
    (s, u) => s.get(u, { hooks: { response: [fn, 5] } } as never),
    TypeError,
    literal("Invalid option 'hooks.response[1]': expected a function, got number (5)"),
  ],
  [
    "stream: 'yes'",
    (s, u) => s.get(u, { stream: 'yes' } as never),
    TypeError,
    literal("Invalid option 'stream': expected a boolean, got string ('yes')"),
  ],
  [
    "allowRedirects: 'false'",
    (s, u) => s.get(u, { allowRedirects: 'false' } as never),
    TypeError,
    literal("Invalid option 'allowRedirects': expected a boolean, got string ('false')"),
  ],
  [
    'signal: true',
    (s, u) => s.get(u, { signal: true } as never),
    TypeError,
    literal("Invalid option 'signal': expected an AbortSignal, got boolean (true)"),
  ],
  [
    'session.maxRedirects = -1',
    (s, u) => {
      s.maxRedirects = -1;
      return s.get(u);
    },
    TypeError,
    literal("Invalid option 'maxRedirects': expected an integer ≥ 0, got number (-1)"),
  ],
  [
    'maxRedirects: 2.5 on new Session',
    () => createSession({ maxRedirects: 2.5 }),
    TypeError,
    literal("Invalid option 'maxRedirects': expected an integer ≥ 0, got number (2.5)"),
  ],
  [
    "retries: '3' on new Session",
    () => createSession({ retries: '3' } as never),
    TypeError,
    literal("Invalid option 'retries': expected an integer ≥ 0 or a Retry, got string ('3')"),
  ],
  [
    "maxRetries: '3' on new HTTPAdapter",
    () => new HTTPAdapter({ maxRetries: '3' } as never),
    TypeError,
    literal("Invalid option 'maxRetries': expected an integer ≥ 0, got string ('3')"),
  ],
  [
    'backoffFactor: -1 on new Retry',
    () => new Retry({ backoffFactor: -1 }),
    TypeError,
    literal("Invalid option 'backoffFactor': expected a number ≥ 0, got number (-1)"),
  ],
  // Missing URLs and files, uploads of the wrong shape.
  [
    'requests.get(undefined)',
    () => requests.get(undefined as never),
    URLRequired,
    literal('A URL is required to make a request: the URL given was undefined'),
  ],
  [
    'a host and port without a scheme (localhost:3000)',
    (s) => s.get('localhost:3000'),
    MissingSchema,
    literal("Invalid URL 'localhost:3000': No scheme supplied. Perhaps you meant https://localhost:3000?"),
  ],
  [
    'an IP, port and path without a scheme',
    (s) => s.get('127.0.0.1:8080/get'),
    MissingSchema,
    literal(
      "Invalid URL '127.0.0.1:8080/get': No scheme supplied. Perhaps you meant https://127.0.0.1:8080/get?",
    ),
  ],
  [
    'files: a string',
    (s, u) => s.post(u, { files: 'report.csv' } as never),
    TypeError,
    literal(
      "Unsupported files: string ('report.csv') (pass { field: content }, [[field, content], …], a Map or a FormData)",
    ),
  ],
  [
    'files: a stream of a missing path',
    (s, u) => s.post(u, { files: { upload: createReadStream('/nonexistent/report.csv') } }),
    UnreadableFileError,
    literal("Cannot read the file '/nonexistent/report.csv' for field 'upload': ENOENT"),
  ],
  [
    'data: a stream of a missing path',
    (s, u) => s.post(u, { data: createReadStream('/nonexistent/body.bin') }),
    UnreadableFileError,
    literal("Cannot read the file '/nonexistent/body.bin' for field 'data': ENOENT"),
  ],
];

describe('bad options are refused before any I/O, naming what was wrong', () => {
  it.each(rows)('%s', async (_scenario, call, type, message) => {
    await using server = await startHostileServer({
      '*': (_request, socket) => writeResponse(socket, '200 OK', ['Content-Length: 2'], 'ok'),
    });
    await using s = createSession();
    const attempt = (async () => call(s, `${server.url}/get`))();
    await expectError(attempt, type, message);
    expect(server.connections).toBe(0);
    // The session still works.
    s.maxRedirects = 30;
    expect((await s.get(`${server.url}/get`)).statusCode).toBe(200);
  });

  it('lists at least 40 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });
});
