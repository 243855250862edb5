// Response headers from undici's raw header bytes (or our HTTP/2 session's strings), as the server wrote them.
import type { CaseInsensitiveDict } from '@reqs/core';

function latin1(field: Buffer | string): string {
  return typeof field === 'string' ? field : field.toString('latin1');
}

/**
 * Appends every header of `rawHeaders` (name, value, name, value… as latin-1 bytes) to
 * `headers`, keeping the server's case and repeated lines; returns the `Content-Encoding`
 * values, or null when there is none.
 */
export function fillHeaders(
  headers: CaseInsensitiveDict<string>,
  rawHeaders: ReadonlyArray<Buffer | string>,
): string[] | null {
  let encodings: string[] | null = null;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = latin1(rawHeaders[i]!);
    const value = latin1(rawHeaders[i + 1]!);
    headers.append(name, value);
    if (name.length === 16 && name.toLowerCase() === 'content-encoding') {
      if (encodings === null) encodings = [value];
      else encodings.push(value);
    }
  }
  return encodings;
}
