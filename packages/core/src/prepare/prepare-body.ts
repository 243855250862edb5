/** Body preparation: form, JSON, bytes, streams and multipart (Requests' prepare_body). */
import type { PreparedBody } from '../body.js';
import { bodyRewindFor } from '../body-rewind.js';
import type { CaseInsensitiveDict } from '../case-insensitive-dict.js';
import { RequestException } from '../errors/request-exception.js';
import type { MultipartEncoder } from '../multipart-encoder.js';
import type { PreparedRequest } from '../prepared-request.js';
import type { DataInit, FilesInit, FormInit } from '../request-init.js';
import { superLen } from '../super-len.js';
import { checkDeclaredLength, frameBody } from './body-framing.js';
import { isEmptyData, isForm, isSet, isStream } from './body-kind.js';
import { checkFileStream } from './check-file-stream.js';
import { encodeForm, formPairs, typeName } from './encode-form.js';
import { filePairs, formDataParts, isEmptyFiles, isFormData, type MultipartInput } from './files-input.js';
import { serializeJson } from './serialize-json.js';

/** What the body is made of. */
export interface BodyInput {
  data?: DataInit | null | undefined;
  files?: FilesInit | null | undefined;
  json?: unknown;
}

/** Where the body goes: the request's headers and method, its encoder, the request for errors. */
export interface BodyContext {
  headers: CaseInsensitiveDict<string>;
  method: string;
  multipartEncoder: MultipartEncoder | null;
  request?: PreparedRequest | undefined;
}

/** A prepared body and how to get it again. */
export interface PreparedBodyResult {
  body: PreparedBody;
  rewind: (() => PreparedBody) | null;
}

/** The body with the Content-Type to give it (when the user set none) and its length. */
interface Encoded {
  body: PreparedBody;
  contentType: string | null;
  /** Bytes, or null when unknown. */
  length: number | null;
  /** Streamed: a zero or unknown length is sent chunked (as Requests). */
  streamed: boolean;
}

/**
 * Builds the body from `data`, `files` or `json` (in that order of precedence; empty `data`
 * counts as not given) and sets `Content-Type` (unless set), then `Content-Length` when the
 * size is known or `Transfer-Encoding: chunked` for a stream of unknown size.
 *
 * @throws TypeError for `data` of an unsupported type (a number, a function, a `Set`…)
 *   or a form value that is not a string, number, boolean, bigint or null, before any I/O;
 *   InvalidJSONError when `json` cannot be serialized; InvalidHeader when a
 *   `Content-Length` header disagrees with the body; RequestException when `files` is given
 *   without a multipart encoder, or with a string or stream as `data`.
 */
export function prepareBody(context: BodyContext, input: BodyInput): PreparedBodyResult {
  const encoded = encodeBody(context, input);
  const { headers } = context;
  if (encoded.contentType !== null && !headers.has('Content-Type'))
    headers.set('Content-Type', encoded.contentType);
  if (!checkDeclaredLength(headers, encoded.length, context.request)) {
    frameBody(headers, context.method, encoded.body, encoded.length, encoded.streamed);
  }
  return { body: encoded.body, rewind: bodyRewindFor(encoded.body) };
}

function encodeBody(context: BodyContext, { data, files, json }: BodyInput): Encoded {
  if (isSet(data)) throw unsupportedData(data);
  if (files != null && (typeof files !== 'object' || !isEmptyFiles(files)))
    return encodeMultipart(context, data, files);
  // A FormData is multipart, as fetch sends it (iterated as chunks, it would fail mid-send).
  if (isFormData(data)) return encodeMultipart(context, null, data);
  if (!isEmptyData(data)) return encodeData(data);
  if (json != null) {
    const body = serializeJson(json, context.request);
    return { body, contentType: 'application/json', length: superLen(body), streamed: false };
  }
  return { body: null, contentType: null, length: 0, streamed: false };
}

function encodeData(data: DataInit): Encoded {
  if (isStream(data)) {
    // A file stream on a missing path or a directory fails here, not once connected.
    checkFileStream(data as object, 'data');
    const length = superLen(data as PreparedBody);
    return {
      body: data as PreparedBody,
      // A body that knows its type (@reqs/multipart's MultipartEncoder: multipart with its boundary).
      contentType: ownContentType(data),
      length,
      streamed: true,
    };
  }
  if (typeof data === 'string' || data instanceof Uint8Array) {
    return { body: data, contentType: null, length: superLen(data), streamed: false };
  }
  if (data instanceof Blob)
    return { body: data, contentType: data.type || null, length: data.size, streamed: false };
  if (isForm(data)) {
    const body = encodeForm(data);
    return {
      body,
      contentType: 'application/x-www-form-urlencoded',
      length: superLen(body),
      streamed: false,
    };
  }
  throw unsupportedData(data);
}

/** The TypeError for `data` of a type no body is made of (a number, a function, a `Set`…). */
function unsupportedData(data: unknown): TypeError {
  const hint = data instanceof Set ? ' (stream the members of a Set with set.values())' : '';
  return new TypeError(`Unsupported request data: ${typeName(data)}${hint}`);
}

/** The `contentType` a body object carries (requests-toolbelt's `content_type`), or null. */
function ownContentType(data: DataInit): string | null {
  const type = (data as { contentType?: unknown }).contentType;
  return typeof type === 'string' && type !== '' ? type : null;
}

function encodeMultipart(
  context: BodyContext,
  data: DataInit | null | undefined,
  files: FilesInit | FormData,
): Encoded {
  const encoder = context.multipartEncoder;
  if (encoder === null) {
    throw new RequestException(
      'Uploading files needs a multipart encoder: install @reqs/multipart and set session.multipartEncoder (the reqs package does this for you)',
      { request: context.request },
    );
  }
  if (!isEmptyData(data) && isStream(data)) {
    throw new RequestException('Streamed bodies and files are mutually exclusive.', {
      request: context.request,
    });
  }
  if (!isEmptyData(data) && !isForm(data) && !isFormData(data)) {
    throw new RequestException('Data must not be a string.', { request: context.request });
  }
  const input = multipartInput(data, files);
  const encoded = encoder.encode(input.fields, input.files);
  return { body: encoded.body, contentType: encoded.contentType, length: encoded.length, streamed: true };
}

/** Fields (from `data`, then a FormData's strings) and files, for the encoder. */
function multipartInput(data: DataInit | null | undefined, files: FilesInit | FormData): MultipartInput {
  const input: MultipartInput = { fields: [], files: [] };
  if (isFormData(data)) formDataParts(data, input);
  else if (!isEmptyData(data)) input.fields.push(...formPairs(data as FormInit));
  if (isFormData(files)) formDataParts(files, input);
  else input.files.push(...filePairs(files));
  return input;
}
