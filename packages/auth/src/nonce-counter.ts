/** NonceCounter: the Digest `nc` for each nonce — 1, 2, 3, … per nonce (RFC 7616 §3.4). */

/** How many nonces to remember; older ones are forgotten first. */
const MAX_NONCES = 32;

/**
 * Counts the uses of each nonce. Counting per nonce (not only for the last one) keeps `nc`
 * strictly increasing for every nonce even when concurrent requests answer different ones.
 */
export class NonceCounter {
  readonly #counts = new Map<string, number>();

  /** The count for this use of `nonce`: 1 the first time, then one more each call. */
  next(nonce: string): number {
    const count = (this.#counts.get(nonce) ?? 0) + 1;
    // Re-insert so the map's order is least recently used first.
    this.#counts.delete(nonce);
    this.#counts.set(nonce, count);
    if (this.#counts.size > MAX_NONCES) {
      const oldest = this.#counts.keys().next().value;
      if (oldest !== undefined) this.#counts.delete(oldest);
    }
    return count;
  }
}
