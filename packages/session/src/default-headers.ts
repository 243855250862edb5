/** The headers every Session starts with (Requests' default_headers). */
import { createRequire } from 'node:module';
import * as zlib from 'node:zlib';
import { CaseInsensitiveDict } from '@reqs/core';

const version = (createRequire(import.meta.url)('../package.json') as { version: string }).version;

/** The codings this runtime can decode: gzip, deflate, br, and zstd where Node has it. */
const ACCEPT_ENCODING =
  typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function'
    ? 'gzip, deflate, br, zstd'
    : 'gzip, deflate, br';

/**
 * `reqs/<version>`, the default `User-Agent` (Requests' `default_user_agent`).
 *
 * @param name the product name to put before the version.
 * @example
 * defaultUserAgent(); // 'reqs/1.0.0'
 */
export function defaultUserAgent(name = 'reqs'): string {
  return `${name}/${version}`;
}

/**
 * A new dict of the headers a Session sends by default: `User-Agent: reqs/<version>`,
 * `Accept-Encoding` listing what this runtime decodes, `Accept: *\/*`, `Connection: keep-alive`.
 *
 * @example
 * defaultHeaders().get('accept-encoding'); // 'gzip, deflate, br'
 */
export function defaultHeaders(): CaseInsensitiveDict<string | null> {
  return CaseInsensitiveDict.plain<string | null>([
    ['User-Agent', defaultUserAgent()],
    ['Accept-Encoding', ACCEPT_ENCODING],
    ['Accept', '*/*'],
    ['Connection', 'keep-alive'],
  ]);
}
