/**
 * The hashes Digest answers with: node:crypto's where the runtime has it (Node, Bun, Deno), else
 * MD5, SHA-1 and SHA-256 in plain TypeScript (a browser: Web Crypto has no MD5 and answers
 * asynchronously, while an auth handler answers a challenge synchronously).
 */
import { nodeBuiltin } from '@reqs/core';
import { md5Hex } from './md5.js';
import { sha1Hex } from './sha1.js';
import { sha256Hex } from './sha256.js';

const nodeCrypto = nodeBuiltin<typeof import('node:crypto')>('node:crypto');
const utf8 = new TextEncoder();
/** By Node's `createHash` names. */
const PORTABLE: ReadonlyMap<string, (bytes: Uint8Array) => string> = new Map([
  ['md5', md5Hex],
  ['sha1', sha1Hex],
  ['sha256', sha256Hex],
]);

/** The `createHash` names this runtime can hash with. */
export function hashNames(): ReadonlySet<string> {
  return nodeCrypto !== undefined ? new Set(nodeCrypto.getHashes()) : new Set(PORTABLE.keys());
}

/** The `hash` (a name {@link hashNames} has) of `text` as UTF-8, in lower-case hex. */
export function hexHash(hash: string, text: string): string {
  if (nodeCrypto !== undefined) return nodeCrypto.createHash(hash).update(text, 'utf8').digest('hex');
  return (PORTABLE.get(hash) as (bytes: Uint8Array) => string)(utf8.encode(text));
}

/** `count` random bytes from a CSPRNG, in hex (a client nonce). */
export function randomHex(count: number): string {
  if (nodeCrypto !== undefined) return nodeCrypto.randomBytes(count).toString('hex');
  let hex = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(count))) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
