/**
 * DeclarationScanner: finds `<opener … key=value>` declarations the way Requests' regular
 * expressions do, in linear time.
 *
 * Requests matches `<meta.*?charset=["']*(.+?)["'>]` (and two similar patterns) with Python's
 * `re`, where `.` stops at `\n`. A backtracking engine can take quadratic time on a long line
 * holding many `<meta` and no terminator; this scanner gives the same matches while caching
 * what it learnt about each line, so every character is looked at a bounded number of times.
 */

/** Where a captured value starts and ends (exclusive) in the content. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/** Reads the value after a key; returns null when the pattern cannot match there. */
export type ValueReader = (scanner: DeclarationScanner, valueStart: number, lineEnd: number) => Span | null;

/** One of Requests' patterns, split at its `.*?`: `opener.*?key` followed by what `readValue` reads. */
export interface DeclarationPattern {
  /** Where a declaration starts; needs the `g` flag. */
  readonly opener: RegExp;
  /** The literal before the value; needs the `g` flag. */
  readonly key: RegExp;
  /** Length of what `key` matches. */
  readonly keyLength: number;
  readonly readValue: ValueReader;
}

/** A literal found at or after a position: `at` is -1 when there is none. */
interface Found {
  from: number;
  at: number;
}

/** Scans one string; create one per call of getEncodingsFromContent. */
export class DeclarationScanner {
  readonly content: string;
  #lineFrom = -1;
  #lineEnd = -1;
  #failFrom = -1;
  #failEnd = -1;

  constructor(content: string) {
    this.content = content;
  }

  /** Index of the `\n` ending the line that holds `index` (or the content's length). */
  lineEnd(index: number): number {
    if (index >= this.#lineFrom && index <= this.#lineEnd) return this.#lineEnd;
    const newline = this.content.indexOf('\n', index);
    this.#lineFrom = index;
    this.#lineEnd = newline === -1 ? this.content.length : newline;
    return this.#lineEnd;
  }

  /**
   * The first `"`, `'` or `>` in [from, lineEnd), or -1. A failed search is remembered, since
   * every later search on the same line that starts further right fails too.
   */
  terminator(from: number, lineEnd: number): number {
    if (lineEnd === this.#failEnd && from >= this.#failFrom) return -1;
    const { content } = this;
    for (let i = from; i < lineEnd; i++) {
      const code = content.charCodeAt(i);
      if (code === 0x22 || code === 0x27 || code === 0x3e) return i;
    }
    this.#failFrom = from;
    this.#failEnd = lineEnd;
    return -1;
  }

  /**
   * Every value of `opener.*?key<value>` in the content, in order, as Python's `re.findall`
   * returns them (matches do not overlap; `.` does not cross a newline).
   */
  findAll(pattern: DeclarationPattern): string[] {
    const { opener } = pattern;
    const values: string[] = [];
    const keys = new KeyFinder(this.content, pattern);
    let position = 0;
    for (;;) {
      opener.lastIndex = position;
      const open = opener.exec(this.content);
      if (open === null) return values;
      const lineEnd = this.lineEnd(open.index);
      const span = keys.firstValue(this, open.index + open[0].length, lineEnd);
      if (span === null) {
        position = open.index + 1;
        continue;
      }
      values.push(this.content.slice(span.start, span.end));
      position = span.end + 1;
    }
  }
}

/** Finds the first occurrence of a key whose value reads, remembering answers across calls. */
class KeyFinder {
  readonly #content: string;
  readonly #pattern: DeclarationPattern;
  #next: Found = { from: 0, at: -2 };
  #answer: { from: number; lineEnd: number; key: number; span: Span | null } | null = null;

  constructor(content: string, pattern: DeclarationPattern) {
    this.#content = content;
    this.#pattern = pattern;
  }

  /** The first value after an occurrence of the key in [from, lineEnd), or null. */
  firstValue(scanner: DeclarationScanner, from: number, lineEnd: number): Span | null {
    const known = this.#answer;
    // A previous answer for the same line still holds when it lies at or after `from`.
    if (
      known &&
      known.lineEnd === lineEnd &&
      from >= known.from &&
      (known.span === null || known.key >= from)
    ) {
      return known.span;
    }
    let at = this.#occurrence(from);
    while (at !== -1 && at < lineEnd) {
      const span = this.#pattern.readValue(scanner, at + this.#pattern.keyLength, lineEnd);
      if (span !== null) {
        this.#answer = { from, lineEnd, key: at, span };
        return span;
      }
      at = this.#occurrence(at + 1);
    }
    this.#answer = { from, lineEnd, key: -1, span: null };
    return null;
  }

  /** Position of the key at or after `from` (-1: none), without searching the same stretch twice. */
  #occurrence(from: number): number {
    const next = this.#next;
    if (next.at !== -2 && from >= next.from && (next.at === -1 || from <= next.at)) return next.at;
    const { key } = this.#pattern;
    key.lastIndex = from;
    const found = key.exec(this.#content);
    this.#next = { from, at: found === null ? -1 : found.index };
    return this.#next.at;
  }
}
