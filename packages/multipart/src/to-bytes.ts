// Chunks from user streams may be strings or other views: the body is bytes.

import { utf8Bytes } from './utf8-bytes.js';

/** A stream chunk as bytes (strings as UTF-8; other views without copying). */
export function toBytes(chunk: unknown): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === 'string') return utf8Bytes(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  throw new TypeError(`A multipart stream yielded a ${typeof chunk}, not bytes or a string`);
}
