/**
 * Node's built-in modules and globals, reached without an `import` statement: on Node (and Bun,
 * Deno) they are there; in a browser or an edge runtime they are `undefined`, and no `node:`
 * import reaches a bundle built for it. Only Node-only features (file streams, `no_proxy`
 * address blocks, `util.inspect`) use them; everything else runs on web-standard APIs.
 */

interface HostProcess {
  getBuiltinModule?(id: string): unknown;
  env?: Record<string, string | undefined>;
}

const hostProcess = (globalThis as { process?: HostProcess }).process;
const NO_VARIABLES: Record<string, string | undefined> = Object.freeze(Object.create(null));

/**
 * The built-in module `id` (`node:fs`) where the runtime has `process.getBuiltinModule`
 * (Node >= 20.16, Bun, Deno), else `undefined`. Synchronous, loaded once by the runtime.
 *
 * @example
 * // A Node-only feature that a browser bundle skips instead of failing to import:
 * const fs = nodeBuiltin<typeof import('node:fs')>('node:fs');
 * const caBundle = fs?.existsSync('/etc/ssl/certs/ca-certificates.crt') ? '/etc/ssl/certs/ca-certificates.crt' : true;
 */
export function nodeBuiltin<T>(id: `node:${string}`): T | undefined {
  return hostProcess?.getBuiltinModule?.(id) as T | undefined;
}

/**
 * Node's `Buffer` where the runtime has one (Node, Bun, Deno), else `undefined` (browsers): for
 * fast paths that fall back to plain `Uint8Array` code.
 *
 * @example
 * const bytes = new Uint8Array([0x63, 0x61, 0x66, 0xe9]);
 * const text = NodeBuffer ? NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : decodeLatin1(bytes); // 'café'
 */
export const NodeBuffer = (globalThis as { Buffer?: typeof Buffer }).Buffer;

/**
 * The environment variables (`process.env`), or none where the runtime has no environment.
 *
 * @example
 * ```ts
 * import { environmentVariables } from '@reqs/core';
 *
 * // Works in Node and in a browser bundle (where it is empty).
 * const token = environmentVariables().API_TOKEN;
 * ```
 */
export function environmentVariables(): Record<string, string | undefined> {
  return hostProcess?.env ?? NO_VARIABLES;
}
