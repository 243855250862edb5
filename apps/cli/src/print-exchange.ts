// Writes requests and responses to the output as HTTPie does: head, blank line, body, and a
// blank line between messages.
import type { PreparedRequest, Response } from 'reqs';
import { BINARY_NOTICE, formatBodyText, looksBinary } from './format-body.js';
import { formatHeaders, formatRequestLine, formatStatusLine } from './format-head.js';
import { formatMeta } from './format-meta.js';
import {
  httpVersionOf,
  requestBodyBytes,
  requestHeaderPairs,
  requestTarget,
  responseHeaderPairs,
} from './message-parts.js';
import type { Pretty, PrintParts } from './output-style.js';
import type { Paint } from './paint.js';

/** Where and how messages are printed. */
export interface PrintTarget {
  write(chunk: string | Uint8Array): void;
  isTTY: boolean;
  parts: PrintParts;
  pretty: Pretty;
  paint: Paint;
  sortHeaders: boolean;
}

const decoder = new TextDecoder();

/** Prints the parts of a request that --print asks for. */
export function printRequest(out: PrintTarget, request: PreparedRequest): void {
  const { parts, paint } = out;
  if (parts.requestHeaders) {
    const line = formatRequestLine(request.method ?? 'GET', requestTarget(request), paint);
    out.write(`${line}\n${formatHeaders(requestHeaderPairs(request), out.sortHeaders, paint)}\n\n`);
  }
  if (parts.requestBody) {
    const body = requestBodyBytes(request);
    if (body === null) out.write('<streamed body not shown>\n\n');
    else if (body.length > 0) {
      const text = typeof body === 'string' ? body : looksBinary(body) ? null : decoder.decode(body);
      const contentType = request.headers.get('content-type') ?? undefined;
      out.write(
        text === null
          ? `${BINARY_NOTICE}\n\n`
          : `${formatBodyText(text, contentType, out.pretty, paint)}\n\n`,
      );
    }
  }
}

/** Prints the head of a response when --print has `h`. */
export function printResponseHead(out: PrintTarget, response: Response): void {
  if (!out.parts.responseHeaders) return;
  const { paint } = out;
  const status = formatStatusLine(httpVersionOf(response), response.statusCode, response.reason, paint);
  out.write(`${status}\n${formatHeaders(responseHeaderPairs(response), out.sortHeaders, paint)}\n\n`);
}

/** Prints a response body read whole when --print has `b`. */
export function printResponseBody(out: PrintTarget, response: Response): void {
  if (!out.parts.responseBody) return;
  const bytes = response.content;
  if (bytes.length === 0) return;
  if (looksBinary(bytes)) {
    if (out.isTTY) out.write(`${BINARY_NOTICE}\n\n`);
    else out.write(bytes);
    return;
  }
  if (!out.pretty.format && !out.pretty.colors && !out.isTTY) {
    out.write(bytes); // piped and plain: the bytes as received
    return;
  }
  const text = formatBodyText(response.text, response.headers.get('content-type'), out.pretty, out.paint);
  out.write(text.endsWith('\n') ? `${text}\n` : `${text}\n\n`);
}

/** Prints the timings when --print has `m`. */
export function printMeta(out: PrintTarget, response: Response): void {
  if (out.parts.meta) out.write(`${formatMeta(response, out.paint)}\n\n`);
}
