// The header block of one part: Content-Disposition first, then Content-Type, then the rest.

import { InvalidHeader } from '@reqs/core';
import { quoteParam } from './quote-param.js';
import { utf8Bytes } from './utf8-bytes.js';

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Tab is allowed inside a value; other control characters would corrupt the header block.
const BAD_VALUE = /[\0-\x08\x0a-\x1f\x7f]/;

/** What a part's headers are made of. */
export interface PartHeaderSpec {
  name: string;
  /** `null`: a plain form field (no `filename` parameter). */
  filename: string | null;
  contentType: string | null;
  headers: Readonly<Record<string, string>> | null;
}

/**
 * Renders the header block of a part, ending with the blank line, as UTF-8 bytes.
 * An explicit `contentType` wins over a `Content-Type` in `headers`; a `Content-Disposition`
 * in `headers` is replaced by the generated one (as urllib3's `make_multipart` does).
 *
 * @throws InvalidHeader when a header name is not a token or a value holds CR, LF, NUL or
 *   another control character.
 */
export function renderPartHeaders(spec: PartHeaderSpec): Uint8Array {
  let disposition = `form-data; ${quoteParam('name', spec.name)}`;
  if (spec.filename !== null) disposition += `; ${quoteParam('filename', spec.filename)}`;
  const lines = [`Content-Disposition: ${disposition}`];
  const extra = Object.entries(spec.headers ?? {});
  const given = extra.find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  const contentType = spec.contentType ?? given;
  if (contentType !== undefined && contentType !== '') {
    lines.push(`Content-Type: ${checkValue('Content-Type', contentType)}`);
  }
  for (const [name, value] of extra) {
    const lower = name.toLowerCase();
    if (lower === 'content-type' || lower === 'content-disposition') continue;
    if (!TOKEN.test(name)) throw new InvalidHeader(`Invalid part header name: ${JSON.stringify(name)}`);
    lines.push(`${name}: ${checkValue(name, String(value))}`);
  }
  return utf8Bytes(`${lines.join('\r\n')}\r\n\r\n`);
}

function checkValue(name: string, value: string): string {
  if (BAD_VALUE.test(value)) {
    throw new InvalidHeader(`Invalid part header value for ${name}: ${JSON.stringify(value)}`);
  }
  return value;
}
