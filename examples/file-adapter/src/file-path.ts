/** Turning a `file:` URL into a local path, with the checks requests-file makes. */
import { sep } from 'node:path';
import { InvalidURL } from '@reqs/core';

/**
 * The local path a `file:` URL names: `file:///etc/hosts`, `file://localhost/etc/hosts`, or
 * `file://./relative/path` (relative to the working directory, as requests-file allows).
 * @throws InvalidURL for another host, or for an escaped path separator inside a segment.
 */
export function filePath(url: string): string {
  const parsed = new URL(url);
  const host = parsed.host;
  if (host !== '' && host !== 'localhost' && host !== '.') {
    throw new InvalidURL(`file: URLs with a host are not supported: ${url}`);
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const decoded = segments.map((s) => decodeURIComponent(s));
  // "%2F" inside one segment would smuggle a separator in: refuse it, as requests-file does.
  if (decoded.some((s) => s.includes(sep) || s.includes('/'))) {
    throw new InvalidURL(`file: URL with an escaped path separator: ${url}`);
  }
  return host === '.' ? decoded.join(sep) : sep + decoded.join(sep);
}
