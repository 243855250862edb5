// Where a part's content comes from, and whether it can be read more than once.

/**
 * The content of one part, opened lazily. Every source is read through `open()`, which a
 * once-only source (a plain stream) honours a single time.
 */
export interface PartSource {
  /** Its size in bytes, or `null` when it cannot be known before reading. */
  readonly size: number | null;
  /** Whether `open()` can be called again after a read. */
  readonly rewindable: boolean;
  /** Whether a once-only source has been opened or released (it cannot be read any more). */
  readonly taken: boolean;
  /** The content when it is already in memory (checked for the boundary). */
  readonly bytes: Uint8Array | null;
  /** Yields the content in chunks; the caller finishes or returns the iterator. */
  open(): AsyncIterable<Uint8Array>;
  /** Frees what an unread source holds (an open file, a stream); idempotent. */
  release(): void;
}

/** Largest piece yielded at once from in-memory content, so progress moves in small steps. */
export const CHUNK_SIZE = 64 * 1024;
