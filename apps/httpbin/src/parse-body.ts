/** Turns a buffered request body into httpbin's `form`, `files`, `data` and `json`. */
import { decodeUtf8, jsonSafe } from './json-safe.js';
import type { Pairs } from './multi-dict.js';
import { parseMultipart } from './multipart.js';

/** The body as httpbin reports it. */
export interface ParsedBody {
  form: Pairs;
  files: Pairs;
  /** The raw body as text, or a `data:` URL when it is not UTF-8; empty for form bodies. */
  data: string;
  /** The body parsed as JSON, or `null`. */
  json: unknown;
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
}

function parseJson(body: Buffer): unknown {
  const text = decodeUtf8(body);
  if (text === undefined) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/**
 * Form bodies (urlencoded and multipart) fill `form`/`files` and leave `data` empty, as werkzeug
 * consumes them; any other body is `data`, and `json` when it parses, whatever its Content-Type.
 */
export async function parseBody(body: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  const type = mediaType(contentType);
  if (type === 'multipart/form-data') {
    const { form, files } = await parseMultipart(body, contentType!);
    return { form, files, data: '', json: null };
  }
  if (type === 'application/x-www-form-urlencoded') {
    const form: Pairs = [...new URLSearchParams(body.toString('utf8'))];
    return { form, files: [], data: '', json: null };
  }
  return { form: [], files: [], data: jsonSafe(body), json: parseJson(body) };
}
