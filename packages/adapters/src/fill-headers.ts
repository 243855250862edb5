// Response headers from undici's raw header bytes, as the server wrote them.
import type { CaseInsensitiveDict } from '@reqs/core';

/**
 * Appends every header of `rawHeaders` (name, value, name, value… as latin-1 bytes) to
 * `headers`, keeping the server's case and repeated lines; returns the `Content-Encoding`
 * values, or null when there is none.
 */
export function fillHeaders(headers: CaseInsensitiveDict<string>, rawHeaders: Buffer[]): string[] | null {
  let encodings: string[] | null = null;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toString('latin1');
    const value = rawHeaders[i + 1]!.toString('latin1');
    headers.append(name, value);
    if (name.length === 16 && name.toLowerCase() === 'content-encoding') {
      if (encodings === null) encodings = [value];
      else encodings.push(value);
    }
  }
  return encodings;
}
