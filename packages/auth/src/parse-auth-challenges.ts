/** parseAuthChallenges: the challenges of `WWW-Authenticate` header values (RFC 9110 §11.6.1). */

/** One challenge: its scheme and parameters (names lower-cased, values unquoted). */
export interface AuthChallenge {
  /** The auth scheme as sent, e.g. `Digest`. */
  readonly scheme: string;
  /** The auth-params; a repeated name keeps its first value. */
  readonly params: ReadonlyMap<string, string>;
  /** The token68 form (e.g. `Negotiate abc==`), else null. */
  readonly token68: string | null;
}

const TOKEN = /[!#$%&'*+\-.^_`|~0-9A-Za-z]+/y;
const TOKEN68 = /[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/y;
const SPACES = /[ \t]*/y;
const SEPARATORS = /[ \t,]*/y;
const BARE_VALUE = /[^ \t,]*/y;

/**
 * Splits header values into challenges: `Basic realm="a", Digest realm="b", nonce="c"` is two.
 * Linear in the input; malformed pieces are skipped, never thrown on; parameter maps are
 * `Map`s, so names like `__proto__` are plain keys.
 *
 * @example
 * parseAuthChallenges(['Digest realm="x", nonce="y", qop="auth"'])[0]?.params.get('nonce') // 'y'
 */
export function parseAuthChallenges(values: readonly string[]): AuthChallenge[] {
  const challenges: AuthChallenge[] = [];
  for (const value of values) parseInto(value, challenges);
  return challenges;
}

function parseInto(text: string, challenges: AuthChallenge[]): void {
  let params: Map<string, string> | null = null;
  let pos = 0;
  while (pos < text.length) {
    pos = skip(SEPARATORS, text, pos);
    const name = match(TOKEN, text, pos);
    if (name === null) {
      if (pos < text.length) pos += 1; // a stray character: step over it
      continue;
    }
    pos = skip(SPACES, text, pos + name.length);
    if (text[pos] === '=' && params !== null) {
      const [value, end] = readValue(text, skip(SPACES, text, pos + 1));
      const key = name.toLowerCase();
      if (!params.has(key)) params.set(key, value);
      pos = end;
      continue;
    }
    // A token not followed by `=` starts a new challenge, maybe with a token68.
    const token68 = match(TOKEN68, text, pos);
    params = new Map();
    challenges.push({ scheme: name, params, token68 });
    if (token68 !== null) pos += token68.length;
  }
}

/** A quoted-string (backslash escapes) or a bare value up to a comma or space; returns [value, end]. */
function readValue(text: string, pos: number): [string, number] {
  if (text[pos] !== '"') {
    const bare = match(BARE_VALUE, text, pos) ?? '';
    return [bare, pos + bare.length];
  }
  let value = '';
  let i = pos + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\' && i + 1 < text.length) i += 1;
    value += text[i];
    i += 1;
  }
  return [value, i + 1];
}

function match(pattern: RegExp, text: string, pos: number): string | null {
  pattern.lastIndex = pos;
  return pattern.exec(text)?.[0] ?? null;
}

function skip(pattern: RegExp, text: string, pos: number): number {
  return pos + (match(pattern, text, pos)?.length ?? 0);
}
