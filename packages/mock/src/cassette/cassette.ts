/** A cassette in use: what it holds and played, and ejecting it (which writes the file). */

import { writeCassette } from './cassette-file.js';
import type { CassetteMode, CassetteRecorder } from './cassette-recorder.js';
import type { Interaction } from './interaction.js';

/**
 * A cassette inserted into a session by {@link useCassette}. Ejecting it puts the session's own
 * adapters back and writes the file when something was recorded (`await using` ejects it at
 * the end of the scope).
 *
 * @example
 * await using tape = await useCassette(session, 'test/cassettes/user.json');
 * await session.get('https://api.github.com/users/octocat');
 */
export class Cassette {
  readonly #recorder: CassetteRecorder;
  readonly #unmount: () => void;
  #ejected: Promise<void> | null = null;

  /** @internal made by useCassette. */
  constructor(recorder: CassetteRecorder, unmount: () => void) {
    this.#recorder = recorder;
    this.#unmount = unmount;
  }

  /** The file (as given to useCassette, resolved). */
  get path(): string {
    return this.#recorder.settings.path;
  }

  /** How it records and plays back: `'once'`, `'newEpisodes'`, `'none'` or `'all'`. */
  get mode(): CassetteMode {
    return this.#recorder.settings.mode;
  }

  /** The interactions it holds: loaded from the file, then recorded, in order (as written). */
  get interactions(): readonly Interaction[] {
    return this.#recorder.interactions;
  }

  /** Responses played back from the file. */
  get playCount(): number {
    return this.#recorder.playCount;
  }

  /** Interactions recorded in this run. */
  get recordCount(): number {
    return this.#recorder.recordCount;
  }

  /** True when every interaction loaded from the file was played at least once. */
  get allPlayed(): boolean {
    return this.#recorder.allPlayed;
  }

  /**
   * Puts the session's adapters back and writes the file if anything was recorded. Idempotent.
   * @example
   * ```ts
   * const tape = await useCassette(session, 'test/cassettes/user.json');
   * try {
   *   await session.get('https://api.github.com/users/octocat');
   * } finally {
   *   await tape.eject();
   * }
   * ```
   */
  eject(): Promise<void> {
    if (this.#ejected === null) {
      this.#unmount();
      const recorder = this.#recorder;
      this.#ejected = recorder.dirty
        ? writeCassette(recorder.settings.path, recorder.interactions)
        : Promise.resolve();
    }
    return this.#ejected;
  }

  /**
   * Ejects the cassette (as {@link Cassette.eject}) when an `await using` scope ends.
   * @example
   * ```ts
   * {
   *   await using tape = await useCassette(session, 'test/cassettes/user.json');
   *   await session.get('https://api.github.com/users/octocat');
   * } // ejected here: the session's adapters are back, the file written
   * ```
   */
  [Symbol.asyncDispose](): Promise<void> {
    return this.eject();
  }
}
