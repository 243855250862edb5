/** Joining and searching byte chunks: `Buffer`'s native code where there is one, plain loops elsewhere. */
import { NodeBuffer } from './node-builtin.js';

/**
 * `parts` copied into one new buffer of `total` bytes (never a view of memory shared with others).
 *
 * @example
 * ```ts
 * import { concatBytes } from '@reqs/core';
 *
 * const chunks = [new Uint8Array([1, 2]), new Uint8Array([3])];
 * const total = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
 * concatBytes(chunks, total); // Uint8Array [1, 2, 3]
 * ```
 */
export function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const content = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    content.set(part, offset);
    offset += part.byteLength;
  }
  return content;
}

/**
 * `parts` joined into one new buffer (`Buffer.concat` where there is one).
 *
 * @example
 * ```ts
 * import { concatAll } from '@reqs/core';
 *
 * const chunks: Uint8Array[] = [];
 * for await (const chunk of r.iterContent(8192)) chunks.push(chunk);
 * const body = concatAll(chunks);
 * ```
 */
export function concatAll(parts: readonly Uint8Array[]): Uint8Array {
  if (NodeBuffer !== undefined) return NodeBuffer.concat(parts);
  let total = 0;
  for (const part of parts) total += part.byteLength;
  return concatBytes(parts, total);
}

/**
 * Where `needle` first occurs in `bytes` at or after `from`, else -1.
 *
 * @example
 * ```ts
 * import { indexOfBytes } from '@reqs/core';
 *
 * const crlf = new TextEncoder().encode('\r\n');
 * const buffer = new TextEncoder().encode('HTTP/1.1 200 OK\r\nHost: x\r\n');
 * indexOfBytes(buffer, crlf, 0); // 15, the end of the status line
 * ```
 */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  if (NodeBuffer !== undefined)
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(needle, from);
  const first = needle[0];
  const last = bytes.byteLength - needle.byteLength;
  for (let start = Math.max(0, from); start <= last; start++) {
    if (bytes[start] !== first) continue;
    let i = 1;
    while (i < needle.byteLength && bytes[start + i] === needle[i]) i++;
    if (i === needle.byteLength) return start;
  }
  return -1;
}
