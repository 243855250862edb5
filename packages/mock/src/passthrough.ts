/** Which unmatched requests go to a real adapter, and that adapter (made when first needed). */
import type { Adapter } from '@reqs/core';
import { loadRealAdapter } from './load-real-adapter.js';

/** The passthrough settings of a MockAdapter and the real adapter they lead to. */
export class Passthrough {
  readonly #prefixes: readonly string[];
  readonly #all: boolean;
  #real: Adapter | Promise<Adapter> | null;

  constructor(prefixes: readonly string[], all: boolean, real: Adapter | null) {
    this.#prefixes = prefixes.map((prefix) => prefix.toLowerCase());
    this.#all = all;
    this.#real = real;
  }

  /** True when an unmatched request to `href` goes to the real adapter. */
  applies(href: string): boolean {
    if (this.#all) return true;
    const lower = href.toLowerCase();
    return this.#prefixes.some((prefix) => lower.startsWith(prefix));
  }

  /** The real adapter: the one given, else @reqs/adapters' HTTPAdapter (a failed load is tried again next time). */
  adapter(): Adapter | Promise<Adapter> {
    if (this.#real === null) {
      const loading = loadRealAdapter();
      this.#real = loading;
      loading.then(
        (adapter) => (this.#real = adapter),
        () => (this.#real = null),
      );
    }
    return this.#real;
  }

  /** Closes the real adapter, when there is one. */
  async close(): Promise<void> {
    const real = this.#real;
    if (real === null) return;
    const adapter = await Promise.resolve(real).catch(() => null);
    await adapter?.close();
  }
}
