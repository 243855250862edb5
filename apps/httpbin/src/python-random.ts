/**
 * Python's `random` module, as far as httpbin uses it: MT19937 seeded like `random.seed(int)`, and
 * `randint(0, 255)`. With the same `seed`, /bytes and /stream-bytes give the same bytes as httpbin
 * on Python 3.
 */
import { randomBytes } from 'node:crypto';

const N = 624;
const M = 397;

/** A Mersenne Twister seeded the way CPython seeds it from an integer. */
export class PythonRandom {
  readonly #mt = new Uint32Array(N);
  #index = N;

  /** Seeds from an integer of any size (its absolute value, as CPython does). */
  constructor(seed: bigint) {
    let a = seed < 0n ? -seed : seed;
    const key: number[] = [];
    do {
      key.push(Number(a & 0xffffffffn));
      a >>= 32n;
    } while (a > 0n);
    this.#initByArray(key);
  }

  #initGenrand(s: number): void {
    const mt = this.#mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.#index = N;
  }

  #initByArray(key: readonly number[]): void {
    const mt = this.#mt;
    this.#initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  #twist(): void {
    const mt = this.#mt;
    for (let k = 0; k < N; k++) {
      const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % N]! & 0x7fffffff);
      mt[k] = mt[(k + M) % N]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.#index = 0;
  }

  /** The next 32-bit output. */
  nextUint32(): number {
    if (this.#index >= N) this.#twist();
    let y = this.#mt[this.#index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random.randint(0, 255)`: getrandbits(9) until the value is below 256. */
  nextByte(): number {
    for (;;) {
      const r = this.nextUint32() >>> 23;
      if (r < 256) return r;
    }
  }
}

/** A byte source for /bytes and /stream-bytes: Python-compatible when seeded, else crypto-random. */
export function byteSource(seed: string | null): (n: number) => Uint8Array {
  if (seed === null || !/^\s*[+-]?\d+\s*$/.test(seed)) {
    return (n) => new Uint8Array(randomBytes(n));
  }
  const random = new PythonRandom(BigInt(seed.trim()));
  return (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = random.nextByte();
    return out;
  };
}
