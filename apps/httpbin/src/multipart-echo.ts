/**
 * A byte-exact multipart/form-data splitter for `/multipart-echo`: unlike busboy it keeps each part's
 * raw headers, so tests can check exactly what a client's encoder sent.
 */
import { createHash } from 'node:crypto';
import { decodeExtValue } from './ext-value.js';
import { parseParams } from './header-params.js';

/** One part as the client sent it. */
export interface EchoPart {
  name: string | null;
  /** `filename*` (RFC 5987, decoded) when present, else `filename` unquoted; `null` without either. */
  filename: string | null;
  contentType: string | null;
  /** The part's headers, names lower-cased, values as sent. */
  headers: Record<string, string>;
  size: number;
  sha256: string;
}

/** The whole body: its parts in order, and whether the closing delimiter was found. */
export interface EchoBody {
  boundary: string;
  complete: boolean;
  parts: EchoPart[];
}

/** The `boundary` parameter of a multipart Content-Type, or `undefined`. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  const m = /^\s*multipart\/[\w.+-]+\s*;(.*)$/is.exec(contentType ?? '');
  return m ? parseParams(m[1]!, ';').get('boundary') : undefined;
}

function describePart(raw: Buffer): EchoPart {
  const split = raw.subarray(0, 2).toString() === '\r\n' ? 0 : raw.indexOf('\r\n\r\n');
  const headerText = split <= 0 ? '' : raw.subarray(0, split).toString('utf8');
  const content = split < 0 ? Buffer.alloc(0) : raw.subarray(split === 0 ? 2 : split + 4);
  const headers: Record<string, string> = {};
  for (const line of headerText.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const disposition = parseParams(headers['content-disposition'] ?? '', ';');
  const star = disposition.get('filename*');
  return {
    name: disposition.get('name') ?? null,
    filename: star !== undefined ? decodeExtValue(star) : (disposition.get('filename') ?? null),
    contentType: headers['content-type'] ?? null,
    headers,
    size: content.byteLength,
    sha256: createHash('sha256').update(content).digest('hex'),
  };
}

/** Splits `body` on `boundary` (RFC 2046 §5.1.1): preamble and epilogue are ignored. */
export function splitMultipart(body: Buffer, boundary: string): EchoBody {
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const parts: EchoPart[] = [];
  // Treat the body as if preceded by CRLF so a delimiter at offset 0 is found like any other.
  const data = Buffer.concat([Buffer.from('\r\n'), body]);
  let at = data.indexOf(delimiter);
  while (at >= 0) {
    let cursor = at + delimiter.length;
    if (data.subarray(cursor, cursor + 2).toString() === '--') return { boundary, complete: true, parts };
    while (data[cursor] === 0x20 || data[cursor] === 0x09) cursor++; // transport padding
    if (data.subarray(cursor, cursor + 2).toString() !== '\r\n') break;
    const next = data.indexOf(delimiter, cursor + 2);
    if (next < 0) break;
    parts.push(describePart(data.subarray(cursor + 2, next)));
    at = next;
  }
  return { boundary, complete: false, parts };
}
