/** NetrcParseError: a `.netrc` file that does not follow the format (Python's `netrc.NetrcParseError`). */

/**
 * Thrown by {@link parseNetrc} (and by `getNetrcAuth` with `raiseErrors: true`) when a
 * `.netrc` file is malformed. The message names the file and line.
 *
 * @example
 * try { parseNetrc('machine') } catch (e) { if (e instanceof NetrcParseError) console.log(e.lineno) }
 */
export class NetrcParseError extends Error {
  /** Always `'NetrcParseError'`, for logs and checks across realms. */
  override name: string = 'NetrcParseError';
  /** What was wrong, without the location. */
  readonly msg: string;
  /** The file parsed, when known. */
  readonly filename: string | null;
  /** The 1-based line where the problem was found. */
  readonly lineno: number;

  /**
   * An error for a problem `msg` found at line `lineno` of `filename` (null when the text came
   * from no file); the message reads `<msg> (<filename>, line <lineno>)`.
   * @example
   * // A tool with its own netrc-like format reports its errors the same way.
   * throw new NetrcParseError("'password' without a value", '/home/me/.netrc', 3);
   */
  constructor(msg: string, filename: string | null, lineno: number) {
    super(`${msg} (${filename ?? '<netrc>'}, line ${lineno})`);
    this.msg = msg;
    this.filename = filename;
    this.lineno = lineno;
  }
}
