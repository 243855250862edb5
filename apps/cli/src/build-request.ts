// From the command line to a request: method, URL, headers, query and body (JSON, form or multipart).
import { createReadStream, existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { CliOptions } from './cli-options.js';
import { type FileItem, ItemError, parseRequestItems, splitItem } from './request-items.js';
import { expandUrl } from './url-shorthand.js';

/** What `Session.request` is called with. */
export interface RequestSpec {
  method: string;
  url: string;
  headers: Record<string, string | null>;
  /** The headers the items gave (what a session keeps). */
  itemHeaders: Record<string, string | null>;
  params: [string, string][];
  json?: unknown;
  data?: [string, string][] | string | Uint8Array;
  files?: [string, unknown][];
}

const JSON_ACCEPT = 'application/json, */*;q=0.5';

/** True when an argument reads as a URL rather than an item (`:3000`, `host:8080/x`, `a.b/c`). */
function looksLikeUrl(arg: string): boolean {
  if (arg.startsWith(':') || arg.startsWith('/') || arg.includes('://')) return true;
  if (/^[\w.-]+:\d+(\/|$)/.test(arg)) return true;
  return splitItem(arg) === null;
}

/** Splits positionals into METHOD (or null), URL and items. */
export function splitPositionals(positionals: readonly string[]): {
  method: string | null;
  url: string;
  items: string[];
} {
  const [first, second, ...rest] = positionals;
  if (first === undefined) throw new ItemError('a URL is required (reqs [METHOD] URL [ITEM ...])');
  if (second !== undefined && /^[A-Za-z]+$/.test(first) && looksLikeUrl(second)) {
    return { method: first.toUpperCase(), url: second, items: rest };
  }
  return { method: null, url: first, items: positionals.slice(1) };
}

/** Builds the request from the options and a body read from stdin (null when none). */
export function buildRequest(options: CliOptions, stdinBody: Uint8Array | null): RequestSpec {
  const { method, url, items } = splitPositionals(options.positionals);
  const parsed = parseRequestItems(items);
  const rawBody = options.raw ?? stdinBody;
  const hasItemsBody = parsed.data.length > 0 || parsed.files.length > 0;
  if (rawBody !== null && hasItemsBody) {
    throw new ItemError(
      'a body from stdin or --raw cannot be mixed with data items (field=value); use -I to ignore stdin',
    );
  }
  const spec: RequestSpec = {
    method: method ?? (rawBody !== null || hasItemsBody ? 'POST' : 'GET'),
    url: expandUrl(url, options.defaultScheme),
    headers: {},
    itemHeaders: Object.fromEntries(parsed.headers),
    params: parsed.params,
  };
  const formMode = options.form || options.multipart || parsed.files.length > 0;
  if (rawBody !== null) {
    spec.data = rawBody;
    if (!options.form) spec.headers['Content-Type'] = 'application/json';
    spec.headers.Accept = JSON_ACCEPT;
  } else if (formMode && hasItemsBody) {
    setFormBody(spec, parsed.data, parsed.files, options.multipart);
  } else if (parsed.data.length > 0 || options.json) {
    if (parsed.data.length > 0) spec.json = jsonObject(parsed.data);
    spec.headers.Accept = JSON_ACCEPT;
  }
  if (options.json && rawBody === null && parsed.data.length === 0) spec.headers.Accept = JSON_ACCEPT;
  for (const [name, value] of parsed.headers) spec.headers[name] = value;
  return spec;
}

function jsonObject(data: [string, unknown][]): unknown {
  // `[0]=x` style keys (an empty head) make a top-level array.
  if (data.length === 1 && data[0]![0] === '' && Array.isArray(data[0]![1])) return data[0]![1];
  const object: Record<string, unknown> = {};
  for (const [key, value] of data) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return object;
}

function formValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function setFormBody(
  spec: RequestSpec,
  data: [string, unknown][],
  fileItems: FileItem[],
  multipart: boolean,
): void {
  const fields = data.map(([k, v]) => [k, formValue(v)] as [string, string]);
  if (fileItems.length === 0 && !multipart) {
    spec.data = fields;
    return;
  }
  const parts: [string, unknown][] = fields.map(([k, v]) => [k, [null, v]]);
  for (const file of fileItems) {
    if (!existsSync(file.path)) throw new ItemError(`'${file.field}@${file.path}': no such file`);
    const stream = createReadStream(file.path);
    parts.push([
      file.field,
      file.contentType ? [basename(file.path), stream, file.contentType] : [basename(file.path), stream],
    ]);
  }
  spec.files = parts;
}
