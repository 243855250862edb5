/** The headers every Session starts with (Requests' default_headers). */
import { CaseInsensitiveDict, nodeBuiltin } from '@reqs/core';

/**
 * The package's version, read from its package.json where the runtime can (Node, Bun, Deno);
 * a browser bundle has no package.json to read, and its fetch sets its own `User-Agent` anyway.
 */
const version =
  (
    nodeBuiltin<typeof import('node:module')>('node:module')?.createRequire(import.meta.url)(
      '../package.json',
    ) as { version: string } | undefined
  )?.version ?? 'unknown';

/**
 * The codings this runtime can decode: gzip, deflate, br, and zstd where Node has it (a
 * browser's fetch decodes on its own and sends its own `Accept-Encoding`).
 */
const ACCEPT_ENCODING =
  typeof nodeBuiltin<{ createZstdDecompress?: unknown }>('node:zlib')?.createZstdDecompress === 'function'
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
