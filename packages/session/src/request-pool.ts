/**
 * The concurrency loop of map/imap (p-map's shape): items pulled lazily from a sync or async
 * iterable, at most `size` in flight or finished-but-not-taken, outcomes taken as they
 * complete or in input order. No generator sits between the pool and map/imap: each item
 * costs a promise and two callbacks, not a chain of async iterator steps.
 */
import { nodeBuiltin } from '@reqs/core';

/** Node warns past 10 listeners on a signal; browsers have no such limit (and no node:events). */
const setMaxListeners = nodeBuiltin<typeof import('node:events')>('node:events')?.setMaxListeners;

/** How one item ended. */
export type Outcome<T> = { index: number; ok: true; value: T } | { index: number; ok: false; error: unknown };

/** Starts the work for one item; `signal` aborts when the pool is stopped. */
export type StartItem<I, T> = (item: I, signal: AbortSignal) => Promise<T>;

/** A finished item, as handed out. */
export interface Finished<I, T> {
  item: I;
  outcome: Outcome<T>;
}

/**
 * Runs `start` over `items`, `size` at a time; `next()` hands out each outcome (as they
 * complete, or in input order with `ordered`). `stop()` (or `signal` aborting) stops pulling
 * items and aborts the ones in flight; an abort of `signal` is thrown by `next()` as its reason.
 */
export class RequestPool<I, T> {
  readonly #iterator: Iterator<I> | AsyncIterator<I>;
  readonly #size: number;
  readonly #ordered: boolean;
  readonly #start: StartItem<I, T>;
  readonly #signal: AbortSignal | null;
  readonly #controller = new AbortController();
  // Finished outcomes not yet taken (at most `size`): a queue (unordered) or by index (ordered).
  readonly #queue: Finished<I, T>[] = [];
  readonly #byIndex = new Map<number, Finished<I, T>>();
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
    setMaxListeners?.(0, this.#controller.signal);
    signal?.addEventListener('abort', this, { once: true });
  }

  /** The outer signal aborted: abort what is in flight and wake the taker. */
  handleEvent(): void {
    this.#controller.abort(this.#signal?.reason);
    this.#wake?.();
  }

  /** The next outcome to hand out, or null when every item is done. */
  async next(): Promise<Finished<I, T> | null> {
    for (;;) {
      if (this.#signal?.aborted) throw this.#signal.reason;
      // A sync iterable is pulled without awaiting (no microtask per item).
      const filling = this.#fill();
      if (filling !== undefined) await filling;
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

  /**
   * Pulls and starts items while fewer than `size` are in flight or waiting to be taken;
   * returns a promise only when an async iterator has to be awaited.
   */
  #fill(): Promise<void> | undefined {
    while (!this.#exhausted && this.#inFlight + this.#waiting() < this.#size) {
      const pulled = this.#iterator.next();
      if (pulled instanceof Promise) return pulled.then((result) => this.#pulledAsync(result));
      if (!this.#take(pulled)) return undefined;
    }
    return undefined;
  }

  async #pulledAsync(result: IteratorResult<I>): Promise<void> {
    if (this.#take(result)) await this.#fill();
  }

  /** Starts the pulled item; false when the iterator is done. */
  #take(result: IteratorResult<I>): boolean {
    if (result.done) {
      this.#exhausted = true;
      return false;
    }
    this.#launch(result.value, this.#pulled++);
    return true;
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

  #takeReady(): Finished<I, T> | null {
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
