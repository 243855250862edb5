/** parseNetrc: reads the text of a `.netrc` file as Python's `netrc` module does. */
import { NetrcLexer } from './netrc-lexer.js';
import { NetrcParseError } from './netrc-parse-error.js';

/**
 * One `machine` (or the `default`) entry; a field the file omits is `''`.
 * @example
 * const entry = parseNetrc('machine example.org login me password secret').authenticators('example.org');
 * if (entry) console.log(entry.login, entry.password); // 'me' 'secret'
 */
export interface NetrcEntry {
  /** The user name (the `login` token), `''` when the file gives none. */
  readonly login: string;
  /** The `account` token (an extra password some servers ask for), `''` when absent. */
  readonly account: string;
  /** The password (the `password` token), `''` when the file gives none. */
  readonly password: string;
}

/**
 * A parsed `.netrc` file.
 * @example
 * const netrc = parseNetrc(readFileSync(join(homedir(), '.netrc'), 'utf8'), '~/.netrc');
 * for (const [host, entry] of netrc.machines) console.log(host, entry.login);
 */
export interface Netrc {
  /** `machine` entries by host name (lower-cased); a later entry for a host replaces an earlier one. */
  readonly machines: ReadonlyMap<string, NetrcEntry>;
  /** The `default` entry, used for hosts without a `machine` entry; null when absent. */
  readonly default: NetrcEntry | null;
  /** `macdef` macros by name, as lists of lines (parsed and otherwise ignored). */
  readonly macros: ReadonlyMap<string, readonly string[]>;
  /** The entry for `host` (case-insensitive, exact name), else `default`, else null. */
  authenticators(host: string): NetrcEntry | null;
}

const ENTRY_END = new Set(['machine', 'default', 'macdef']);

/**
 * Parses a `.netrc` text: `machine <host>` and `default` entries with `login` (or `user`),
 * `account` and `password`; `macdef` blocks (ended by an empty line) are skipped; `"…"`
 * quoting and backslash escapes; `#` starts a comment to the end of the line.
 *
 * @param filename used in error messages only.
 * @throws NetrcParseError on an unknown keyword, a missing machine name or an unterminated `macdef`.
 * @example
 * parseNetrc('machine example.org login me password secret').authenticators('example.org')
 * // → { login: 'me', account: '', password: 'secret' }
 */
export function parseNetrc(text: string, filename: string | null = null): Netrc {
  const lexer = new NetrcLexer(text);
  const machines = new Map<string, NetrcEntry>();
  const macros = new Map<string, string[]>();
  let defaultEntry: NetrcEntry | null = null;
  for (;;) {
    const token = nextMeaningfulToken(lexer);
    if (token === null) break;
    if (token === 'macdef') {
      const [name, lines] = readMacro(lexer, filename);
      macros.set(name, lines);
    } else if (token === 'machine') {
      const host = lexer.nextToken();
      if (!host) throw new NetrcParseError("missing 'machine' name", filename, lexer.lineno);
      machines.set(host.toLowerCase(), readEntry(lexer, filename));
    } else if (token === 'default') {
      defaultEntry = readEntry(lexer, filename);
    } else {
      throw new NetrcParseError(`bad toplevel token ${JSON.stringify(token)}`, filename, lexer.lineno);
    }
  }
  return {
    machines,
    default: defaultEntry,
    macros,
    authenticators: (host) => machines.get(host.toLowerCase()) ?? defaultEntry,
  };
}

/** The next token that is not a comment; a `#…` token skips the rest of its line. */
function nextMeaningfulToken(lexer: NetrcLexer): string | null {
  for (;;) {
    const line = lexer.lineno;
    const token = lexer.nextToken();
    if (token === null || !token.startsWith('#')) return token;
    // The token ended on the same line: the rest of that line is comment too.
    if (lexer.lineno === line) lexer.readLine();
  }
}

/** The `login`/`account`/`password` followers of a `machine` or `default`, up to the next entry. */
function readEntry(lexer: NetrcLexer, filename: string | null): NetrcEntry {
  let login = '';
  let account = '';
  let password = '';
  for (;;) {
    const token = nextMeaningfulToken(lexer);
    if (token === null) break;
    if (ENTRY_END.has(token)) {
      lexer.pushToken(token);
      break;
    }
    if (token === 'login' || token === 'user') login = lexer.nextToken() ?? '';
    else if (token === 'account') account = lexer.nextToken() ?? '';
    else if (token === 'password') password = lexer.nextToken() ?? '';
    else throw new NetrcParseError(`bad follower token ${JSON.stringify(token)}`, filename, lexer.lineno);
  }
  return { login, account, password };
}

/** A `macdef <name>` block: the following lines up to an empty line. */
function readMacro(lexer: NetrcLexer, filename: string | null): [string, string[]] {
  const name = lexer.nextToken();
  if (!name) throw new NetrcParseError("missing 'macdef' name", filename, lexer.lineno);
  const lines: string[] = [];
  for (;;) {
    const line = lexer.readLine();
    if (line === '') {
      throw new NetrcParseError('Macro definition missing null line terminator.', filename, lexer.lineno);
    }
    if (line === '\n' || line === '\r\n') return [name, lines];
    lines.push(line);
  }
}
