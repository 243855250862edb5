/** SHA-256 (FIPS 180-4 §6.2) in plain TypeScript, for Digest's `SHA-256` where the runtime has no node:crypto. */
import { messageBlocks, wordsToHex } from './message-blocks.js';

/** The first `count` primes. */
function primes(count: number): number[] {
  const found: number[] = [];
  for (let n = 2; found.length < count; n++) if (found.every((p) => n % p !== 0)) found.push(n);
  return found;
}

const fraction32 = (x: number): number => Math.floor((x - Math.floor(x)) * 0x100000000) >>> 0;
/** §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = primes(64).map((p) => fraction32(Math.cbrt(p)));
/** §5.3.3: the same of the square roots of the first 8 primes. */
const INITIAL = primes(8).map((p) => fraction32(Math.sqrt(p)));

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** The SHA-256 digest of `bytes`, in lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  const blocks = messageBlocks(bytes, false);
  const state = [...INITIAL];
  const w = new Int32Array(64);
  for (let offset = 0; offset < blocks.byteLength; offset += 64) {
    for (let t = 0; t < 16; t++) w[t] = blocks.getInt32(offset + t * 4, false);
    for (let t = 16; t < 64; t++) {
      const x = w[t - 15]!;
      const y = w[t - 2]!;
      const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
      const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) | 0;
    }
    let [a, b, c, d, e, f, g, h] = state as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const t1 = (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const next = [a, b, c, d, e, f, g, h];
    for (let i = 0; i < 8; i++) state[i] = (state[i]! + next[i]!) | 0;
  }
  return wordsToHex(
    state.map((x) => x >>> 0),
    false,
  );
}
