/**
 * The concurrency loop of map/imap (p-map's shape): items pulled lazily from a sync or async
 * iterable, at most `size` in flight or finished-but-not-taken, outcomes taken as they
 * complete or in input order.
 */
import { setMaxListeners } from 'node:events';

/** How one item ended. */
export type Outcome<T> = { index: number; ok: true; value: T } | { index: number; ok: false; error: unknown };

/** Starts the work for one item; `signal` aborts when the pool is stopped. */
export type StartItem<I, T> = (item: I, signal: AbortSignal) => Promise<T>;

/**
 * Runs `start` over `items`, `size` at a time, and yields each outcome (as they complete, or
 * in input order with `ordered`). Closing the generator early, or `signal` aborting, stops
 * pulling items and aborts the ones in flight; an abort of `signal` is thrown as its reason.
 */
export async function* runPool<I, T>(
  items: Iterable<I> | AsyncIterable<I>,
  size: number,
  ordered: boolean,
  start: StartItem<I, T>,
  signal?: AbortSignal | null,
): AsyncGenerator<{ item: I; outcome: Outcome<T> }, void, undefined> {
  const pool = new Pool(items, size, ordered, start, signal ?? null);
  try {
    for (;;) {
      const next = await pool.next();
      if (next === null) return;
      yield next;
    }
  } finally {
    pool.stop();
  }
}

class Pool<I, T> {
  readonly #iterator: Iterator<I> | AsyncIterator<I>;
  readonly #size: number;
  readonly #ordered: boolean;
  readonly #start: StartItem<I, T>;
  readonly #signal: AbortSignal | null;
  readonly #controller = new AbortController();
  // Finished outcomes not yet taken (at most `size`): a queue (unordered) or by index (ordered).
  readonly #queue: { item: I; outcome: Outcome<T> }[] = [];
  readonly #byIndex = new Map<number, { item: I; outcome: Outcome<T> }>();
  #inFlight = 0;
  #pulled = 0;
  #taken = 0;
  #exhausted = false;
  #wake: (() => void) | null = null;

  constructor(
    items: Iterable<I> | AsyncIterable<I>,
    size: number,
    ordered: boolean,
    start: StartItem<I, T>,
    signal: AbortSignal | null,
  ) {
    this.#iterator = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]();
    this.#size = size;
    this.#ordered = ordered;
    this.#start = start;
    this.#signal = signal;
    // Every request in flight listens to this signal.
    setMaxListeners(0, this.#controller.signal);
    signal?.addEventListener('abort', this, { once: true });
  }

  /** The outer signal aborted: abort what is in flight and wake the taker. */
  handleEvent(): void {
    this.#controller.abort(this.#signal?.reason);
    this.#wake?.();
  }

  /** The next outcome to hand out, or null when every item is done. */
  async next(): Promise<{ item: I; outcome: Outcome<T> } | null> {
    for (;;) {
      if (this.#signal?.aborted) throw this.#signal.reason;
      await this.#fill();
      const ready = this.#takeReady();
      if (ready !== null) return ready;
      if (this.#exhausted && this.#inFlight === 0) return null;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
      this.#wake = null;
    }
  }

  /** Stops pulling and aborts what is in flight. */
  stop(): void {
    this.#signal?.removeEventListener('abort', this);
    if (this.#inFlight > 0) this.#controller.abort(new Error('map stopped before this request finished'));
    if (!this.#exhausted) {
      this.#exhausted = true;
      void Promise.resolve(this.#iterator.return?.()).catch(() => {});
    }
  }

  /** Pulls and starts items while fewer than `size` are in flight or waiting to be taken. */
  async #fill(): Promise<void> {
    while (!this.#exhausted && this.#inFlight + this.#waiting() < this.#size) {
      const pulled = this.#iterator.next();
      const result = pulled instanceof Promise ? await pulled : pulled;
      if (result.done) {
        this.#exhausted = true;
        return;
      }
      this.#launch(result.value, this.#pulled++);
    }
  }

  #launch(item: I, index: number): void {
    this.#inFlight++;
    this.#start(item, this.#controller.signal).then(
      (value) => this.#finish(item, { index, ok: true, value }),
      (error: unknown) => this.#finish(item, { index, ok: false, error }),
    );
  }

  #finish(item: I, outcome: Outcome<T>): void {
    this.#inFlight--;
    if (this.#ordered) this.#byIndex.set(outcome.index, { item, outcome });
    else this.#queue.push({ item, outcome });
    this.#wake?.();
  }

  #waiting(): number {
    return this.#ordered ? this.#byIndex.size : this.#queue.length;
  }

  #takeReady(): { item: I; outcome: Outcome<T> } | null {
    if (this.#ordered) {
      const ready = this.#byIndex.get(this.#taken);
      if (ready === undefined) return null;
      this.#byIndex.delete(this.#taken++);
      return ready;
    }
    // At most `size` long: shifting is cheap.
    return this.#queue.shift() ?? null;
  }
}
