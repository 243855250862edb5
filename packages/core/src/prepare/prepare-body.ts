/** Body preparation (being completed). */
import type { PreparedBody } from '../body.js';
import type { CaseInsensitiveDict } from '../case-insensitive-dict.js';
import type { MultipartEncoder } from '../multipart-encoder.js';
import type { DataInit, FilesInit } from '../request-init.js';
import { prepareContentLength } from './prepare-content-length.js';

/** What the body is made of. */
export interface BodyInput {
  data?: DataInit | null | undefined;
  files?: FilesInit | null | undefined;
  json?: unknown;
}

/** A prepared body and how to get it again. */
export interface PreparedBodyResult {
  body: PreparedBody;
  rewind: (() => PreparedBody) | null;
}

/** Sets the body headers and returns the body. */
export function prepareBody(
  headers: CaseInsensitiveDict<string>,
  method: string,
  input: BodyInput,
  _encoder: MultipartEncoder | null,
): PreparedBodyResult {
  const body = typeof input.data === 'string' ? input.data : null;
  prepareContentLength(headers, method, body);
  return { body, rewind: body === null ? null : () => body };
}
