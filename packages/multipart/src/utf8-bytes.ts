// Text as UTF-8 bytes: a Buffer where the runtime has one (as before), else a TextEncoder's bytes.

import { NodeBuffer } from '@reqs/core';

const encoder = new TextEncoder();

/** The UTF-8 bytes of `text`. */
export function utf8Bytes(text: string): Uint8Array {
  return NodeBuffer !== undefined ? NodeBuffer.from(text, 'utf8') : encoder.encode(text);
}
