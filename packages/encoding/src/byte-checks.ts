// Whole-buffer checks: node:buffer's native ones where the runtime has them, plain code elsewhere.

import { nodeBuiltin } from '@reqs/core';

const native = nodeBuiltin<typeof import('node:buffer')>('node:buffer');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** True when every byte is below 0x80. */
export const isAscii: (bytes: Uint8Array) => boolean =
  native?.isAscii ??
  ((bytes) => {
    for (let i = 0; i < bytes.byteLength; i++) if ((bytes[i] as number) >= 0x80) return false;
    return true;
  });

/** True when the bytes are well-formed UTF-8. */
export const isUtf8: (bytes: Uint8Array) => boolean =
  native?.isUtf8 ??
  ((bytes) => {
    try {
      strictUtf8.decode(bytes);
      return true;
    } catch {
      return false;
    }
  });
