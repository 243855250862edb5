/** The tokenizer of `.netrc` files, with Python's `_netrclex` rules (quotes, backslash escapes). */

const WHITESPACE = new Set(['\n', '\t', '\r', ' ']);

/** Reads tokens and whole lines from a `.netrc` text, counting lines. Linear in the text. */
export class NetrcLexer {
  /** The current 1-based line number. */
  lineno = 1;
  readonly #text: string;
  #pos = 0;
  readonly #pushback: string[] = [];

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * The next token, or null at the end. A token is a run of non-whitespace, or a `"…"`
   * quoted string; a backslash takes the next character literally in both.
   */
  nextToken(): string | null {
    const pushed = this.#pushback.shift();
    if (pushed !== undefined) return pushed;
    let ch = this.#readChar();
    while (ch !== null && WHITESPACE.has(ch)) ch = this.#readChar();
    if (ch === null) return null;
    return ch === '"' ? this.#quoted() : this.#bare(ch);
  }

  /** Puts a token back: the next `nextToken()` returns it. */
  pushToken(token: string): void {
    this.#pushback.push(token);
  }

  /** The rest of the current line including its `\n`, or `''` at the end of the text. */
  readLine(): string {
    const text = this.#text;
    const end = text.indexOf('\n', this.#pos);
    const stop = end === -1 ? text.length : end + 1;
    const line = text.slice(this.#pos, stop);
    this.#pos = stop;
    if (end !== -1) this.lineno += 1;
    return line;
  }

  #quoted(): string {
    let token = '';
    for (let ch = this.#readChar(); ch !== null && ch !== '"'; ch = this.#readChar()) {
      token += ch === '\\' ? (this.#readChar() ?? '') : ch;
    }
    return token;
  }

  #bare(first: string): string {
    let token = first === '\\' ? (this.#readChar() ?? '') : first;
    for (let ch = this.#readChar(); ch !== null && !WHITESPACE.has(ch); ch = this.#readChar()) {
      token += ch === '\\' ? (this.#readChar() ?? '') : ch;
    }
    return token;
  }

  #readChar(): string | null {
    if (this.#pos >= this.#text.length) return null;
    const ch = this.#text[this.#pos] as string;
    this.#pos += 1;
    if (ch === '\n') this.lineno += 1;
    return ch;
  }
}
