// One native timer per connection, re-armed for each exchange on it: read-timeout checks without a timer per request.

/** What a {@link ReadTicker} drives: the exchange waiting on the connection. */
export interface TickTarget {
  /** One check; true to be checked again one interval later. */
  readTick(): boolean;
}

function onTick(ticker: ReadTicker): void {
  ticker.tick();
}

/**
 * A reusable timer that calls its current target every `interval` ms while the target asks
 * for more. Starting it again with the same interval re-arms the same timer (`refresh()`),
 * so a connection's exchanges cost no timer allocation and no timer-list churn; stopping only
 * detaches the target (a tick that finds none does nothing and does not re-arm). The timer is
 * unref'd: an exchange in flight keeps the process alive through its socket.
 */
export class ReadTicker {
  #timer: NodeJS.Timeout | null = null;
  #interval = 0;
  #target: TickTarget | null = null;

  /** Ticks `target` every `interval` ms from now on, replacing any previous target. */
  start(target: TickTarget, interval: number): void {
    this.#target = target;
    if (this.#timer !== null && this.#interval === interval) {
      this.#timer.refresh();
      return;
    }
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#interval = interval;
    this.#timer = setTimeout(onTick, interval, this).unref();
  }

  /** Stops ticking `target` (a no-op when another target started since). */
  stop(target: TickTarget): void {
    if (this.#target === target) this.#target = null;
  }

  /** Clears the timer for good (the connection is closed). */
  dispose(): void {
    this.#target = null;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
  }

  /** @internal the timer fired. */
  tick(): void {
    const target = this.#target;
    if (target?.readTick()) this.#timer?.refresh();
  }
}
