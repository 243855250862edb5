// `--curl`: the curl command line that sends the same request, each word shell-quoted.
import type { PreparedRequest } from 'reqs';
import type { RequestSpec } from './build-request.js';
import type { CliOptions } from './cli-options.js';
import { splitCredentials, verifyFor } from './send-options.js';

/** Quotes a word for a POSIX shell (bare when it is safe). */
export function shellQuote(word: string): string {
  if (/^[\w@%+=:,./-]+$/.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** Headers curl adds itself or that reqs sends only as a transport detail. */
const SKIPPED_HEADERS = new Set(['accept-encoding', 'connection', 'content-length']);

/** The curl command for a prepared request (multipart parts come from the items). */
export function curlCommand(request: PreparedRequest, spec: RequestSpec, options: CliOptions): string {
  const words = ['curl'];
  if (request.method !== 'GET' || spec.files) words.push('--request', request.method ?? 'GET');
  words.push('--url', request.url ?? '');
  const multipart = spec.files !== undefined;
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (SKIPPED_HEADERS.has(lower) || (multipart && lower === 'content-type')) continue;
    if (options.authType === 'digest' && lower === 'authorization') continue;
    words.push('--header', value === '' ? `${name};` : `${name}: ${value}`);
  }
  for (const [name, value] of Object.entries(spec.headers)) {
    if (value === null) words.push('--header', `${name}:`);
  }
  if (request.headers.get('accept-encoding')) words.push('--compressed');
  appendBody(words, request, spec);
  appendTransport(words, options);
  return words.map(shellQuote).join(' ');
}

function appendBody(words: string[], request: PreparedRequest, spec: RequestSpec): void {
  if (spec.files) {
    for (const [field, part] of spec.files) {
      const [filename, content, type] = part as [string | null, unknown, string?];
      if (filename === null) words.push('--form-string', `${field}=${content as string}`);
      else {
        const path = (content as { path: string }).path;
        words.push('--form', `${field}=@${path}${type ? `;type=${type}` : ''}`);
      }
    }
    return;
  }
  const body = request.body;
  if (typeof body === 'string' && body !== '') words.push('--data-raw', body);
  else if (body instanceof Uint8Array && body.length > 0)
    words.push('--data-raw', Buffer.from(body).toString('utf8'));
}

function appendTransport(words: string[], options: CliOptions): void {
  if (options.follow) words.push('--location', '--max-redirs', String(options.maxRedirects));
  if (options.auth !== undefined && options.authType === 'digest') {
    const { user, password } = splitCredentials(options.auth);
    words.push('--digest', '--user', `${user}:${password ?? ''}`);
  }
  const verify = verifyFor(options.verify);
  if (verify === false) words.push('--insecure');
  else if (typeof verify === 'string') words.push('--cacert', verify);
  if (options.cert !== undefined) words.push('--cert', options.cert);
  if (options.certKey !== undefined) words.push('--key', options.certKey);
  for (const spec of options.proxy) {
    const colon = spec.indexOf(':');
    words.push('--proxy', spec.slice(colon + 1));
  }
  if (options.timeout !== undefined) words.push('--connect-timeout', String(options.timeout));
}
