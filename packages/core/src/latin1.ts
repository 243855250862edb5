/** ISO-8859-1 both ways (each byte is the code point of the same value), with `Buffer` where there is one. */
import { NodeBuffer } from './node-builtin.js';

/** Characters per `String.fromCharCode` call, well under engines' argument limits. */
const SLICE = 0x2000;

/**
 * True ISO-8859-1: each byte is the code point of the same value.
 *
 * @example
 * ```ts
 * import { decodeLatin1 } from '@reqs/core';
 *
 * decodeLatin1(new Uint8Array([0x63, 0x61, 0x66, 0xe9])); // 'café'
 * ```
 */
export function decodeLatin1(bytes: Uint8Array): string {
  if (NodeBuffer !== undefined)
    return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let text = '';
  for (let start = 0; start < bytes.byteLength; start += SLICE)
    text += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  return text;
}

/**
 * The bytes of `text` as ISO-8859-1 (each character's code, modulo 256, as `Buffer` does).
 *
 * @example
 * ```ts
 * import { encodeLatin1 } from '@reqs/core';
 *
 * encodeLatin1('café'); // Uint8Array [0x63, 0x61, 0x66, 0xe9]
 * ```
 */
export function encodeLatin1(text: string): Uint8Array {
  if (NodeBuffer !== undefined) return NodeBuffer.from(text, 'latin1');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
