/**
 * locateJsonError: where and why text is not JSON, in the words of Python's `json` module
 * ("Expecting value", "Extra data", …). Iterative, so deep nesting cannot overflow the stack.
 */

/** The first error in a JSON text: Python's message (without position) and its offset. */
export interface JsonErrorLocation {
  msg: string;
  pos: number;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

type Frame = { kind: 'array' | 'object' };

/** Finds the first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonErrorLocation | null {
  const scanner = new Scanner(text);
  try {
    scanner.document();
    return null;
  } catch (error) {
    if (error instanceof ScanError) return { msg: error.message, pos: error.pos };
    throw error;
  }
}

class ScanError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

class Scanner {
  #pos = 0;
  readonly #text: string;
  readonly #stack: Frame[] = [];

  constructor(text: string) {
    this.#text = text;
  }

  document(): void {
    this.#skip();
    this.#value();
    while (this.#stack.length > 0) this.#afterValue();
    this.#skip();
    if (this.#pos !== this.#text.length) throw new ScanError('Extra data', this.#pos);
  }

  #skip(): void {
    while (WHITESPACE.has(this.#text[this.#pos] as string)) this.#pos++;
  }

  /** Reads one value; containers push a frame and read their first member. */
  #value(): void {
    for (;;) {
      const char = this.#text[this.#pos];
      if (char === '[') {
        this.#pos++;
        this.#skip();
        if (this.#text[this.#pos] === ']') this.#pos++;
        else {
          this.#stack.push({ kind: 'array' });
          continue;
        }
      } else if (char === '{') {
        this.#pos++;
        this.#skip();
        if (this.#text[this.#pos] === '}') this.#pos++;
        else {
          this.#stack.push({ kind: 'object' });
          this.#key();
          continue;
        }
      } else this.#scalar();
      return;
    }
  }

  /** After a member: `,` and the next member, or the closing bracket (which may close more). */
  #afterValue(): void {
    const frame = this.#stack[this.#stack.length - 1] as Frame;
    this.#skip();
    const close = frame.kind === 'array' ? ']' : '}';
    const char = this.#text[this.#pos];
    if (char === close) {
      this.#pos++;
      this.#stack.pop();
      return;
    }
    if (char !== ',') throw new ScanError("Expecting ',' delimiter", this.#pos);
    // A trailing comma reads as a missing name or value (Python ≤ 3.12's wording).
    this.#pos++;
    this.#skip();
    if (frame.kind === 'object') this.#key();
    this.#value();
  }

  /** `"name" :` (the value is read by the caller, without recursion). */
  #key(): void {
    if (this.#text[this.#pos] !== '"') {
      throw new ScanError('Expecting property name enclosed in double quotes', this.#pos);
    }
    this.#string();
    this.#skip();
    if (this.#text[this.#pos] !== ':') throw new ScanError("Expecting ':' delimiter", this.#pos);
    this.#pos++;
    this.#skip();
  }

  #scalar(): void {
    const char = this.#text[this.#pos];
    if (char === '"') {
      this.#string();
      return;
    }
    for (const word of ['null', 'true', 'false']) {
      if (this.#text.startsWith(word, this.#pos)) {
        this.#pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.#pos;
    if (NUMBER.exec(this.#text) !== null && NUMBER.lastIndex > this.#pos) {
      this.#pos = NUMBER.lastIndex;
      return;
    }
    throw new ScanError('Expecting value', this.#pos);
  }

  #string(): void {
    const start = this.#pos;
    this.#pos++;
    for (;;) {
      const char = this.#text[this.#pos];
      if (char === undefined) throw new ScanError('Unterminated string starting at', start);
      if (char === '"') {
        this.#pos++;
        return;
      }
      if (char < ' ') throw new ScanError('Invalid control character at', this.#pos);
      if (char === '\\') this.#escape(start);
      else this.#pos++;
    }
  }

  /** Positions as CPython's C scanner reports them. */
  #escape(start: number): void {
    const next = this.#text[this.#pos + 1];
    if (next === undefined) throw new ScanError('Unterminated string starting at', start);
    if (next === 'u') {
      if (!/^[0-9a-fA-F]{4}$/.test(this.#text.slice(this.#pos + 2, this.#pos + 6))) {
        throw new ScanError('Invalid \\uXXXX escape', this.#pos + 1);
      }
      this.#pos += 6;
      return;
    }
    if (!ESCAPES.has(next)) throw new ScanError('Invalid \\escape', this.#pos);
    this.#pos += 2;
  }
}
