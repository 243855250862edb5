/** Module-wide settings (Requests 0.x's `requests.settings`). */

/**
 * Where verbose lines go: `process.stderr`, a file stream, or anything with `write(string)`.
 * @example
 * const lines: string[] = [];
 * await using s = new Session({ verbose: { write: (line) => lines.push(line) } });
 */
export interface VerboseStream {
  /** Takes one line (ending in a newline) per request sent; what it returns is ignored. */
  write(line: string): unknown;
}

/**
 * Settings every session falls back on.
 * @example
 * const settings: Settings = requests.settings;
 * settings.verbose = process.stderr; // every session without its own `verbose` logs there
 */
export interface Settings {
  /**
   * One line per request sent (`2026-12-06T20:21:49.123Z   GET   https://…`) by every session
   * whose own `verbose` is not set; `null` (default) for none.
   */
  verbose: VerboseStream | null;
}

/**
 * The module-wide settings, as Requests 0.x's `requests.settings.verbose = sys.stderr`.
 *
 * @example
 * requests.settings.verbose = process.stderr;
 */
export const settings: Settings = { verbose: null };
