// One gzip member's deflate data inflated in a single call, when it is small and complete.
import { constants, type InflateRaw, inflateRawSync } from 'node:zlib';

// A member whose deflate data and trailer arrive in one chunk and inflate to at most this much
// is decoded at once, synchronously: a zlib stream per small response costs ~8× more CPU.
const WHOLE_MEMBER_MAX_OUTPUT = 262_144;
const WHOLE_MEMBER_OPTIONS = {
  info: true,
  finishFlush: constants.Z_SYNC_FLUSH,
  maxOutputLength: WHOLE_MEMBER_MAX_OUTPUT,
} as const;

/**
 * The member's deflate data inflated at once, and how many bytes of `bytes` it took, when the
 * data ends inside `bytes` (its trailer follows) and inflates without error within the bound;
 * else null, and the streamed engine decodes it (reporting errors as it always does).
 */
export function inflateWhole(bytes: Buffer): { output: Buffer; used: number } | null {
  // Tried only when the chunk's last 4 bytes, read as the trailer's size field, promise a
  // member within the bound: a chunk that ends mid-member or holds a large one almost never
  // does, so the attempt (wasted work then) is skipped.
  if (bytes.length < 10 || bytes.readUInt32LE(bytes.length - 4) > WHOLE_MEMBER_MAX_OUTPUT) return null;
  try {
    const { buffer, engine } = inflateRawSync(bytes, WHOLE_MEMBER_OPTIONS) as unknown as {
      buffer: Buffer;
      engine: InflateRaw;
    };
    // All input taken: the data may go on in the next chunk — not decided here.
    return engine.bytesWritten < bytes.length ? { output: buffer, used: engine.bytesWritten } : null;
  } catch {
    return null;
  }
}
