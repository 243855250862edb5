/** MD5 (RFC 1321) in plain TypeScript, for Digest auth where the runtime has no node:crypto (browsers). */
import { messageBlocks, wordsToHex } from './message-blocks.js';

/** Per-round left rotations: four per round, each used for four steps in turn. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
/** T[i] = floor(2^32 × |sin(i + 1)|), RFC 1321 §3.4. */
const T = Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 0x100000000) >>> 0);

/** The MD5 digest of `bytes`, in lower-case hex. */
export function md5Hex(bytes: Uint8Array): string {
  const blocks = messageBlocks(bytes, true);
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];
  const word = new Uint32Array(16);
  for (let offset = 0; offset < blocks.byteLength; offset += 64) {
    for (let j = 0; j < 16; j++) word[j] = blocks.getUint32(offset + j * 4, true);
    let [a, b, c, d] = state as [number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const round = i >> 4;
      let f: number;
      let g: number;
      if (round === 0) {
        f = (b & c) | (~b & d);
        g = i;
      } else if (round === 1) {
        f = (d & b) | (~d & c);
        g = (5 * i + 1) & 15;
      } else if (round === 2) {
        f = b ^ c ^ d;
        g = (3 * i + 5) & 15;
      } else {
        f = c ^ (b | ~d);
        g = (7 * i) & 15;
      }
      const sum = (a + f + (T[i] as number) + (word[g] as number)) | 0;
      const shift = SHIFTS[round * 4 + (i & 3)] as number;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    state[0] = (state[0]! + a) | 0;
    state[1] = (state[1]! + b) | 0;
    state[2] = (state[2]! + c) | 0;
    state[3] = (state[3]! + d) | 0;
  }
  return wordsToHex(
    state.map((x) => x >>> 0),
    true,
  );
}
