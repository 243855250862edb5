/** Keeping secrets out of cassette files: redacted headers and query values, placeholders, a body filter. */

/**
 * How a cassette keeps secrets out of its file.
 * @example
 * await using tape = await useCassette(session, 'test/cassettes/api.json', { redact: { headers: ['x-api-key'], keepHeaders: ['set-cookie'], query: ['access_token'] } });
 */
export interface CassetteRedaction {
  /** More header names whose values are redacted (besides Authorization, Proxy-Authorization, Cookie, Set-Cookie). */
  readonly headers?: readonly string[];
  /** Header names redacted by default that should be kept as they are (e.g. `['set-cookie']`). */
  readonly keepHeaders?: readonly string[];
  /** Query parameter names whose values are redacted in recorded URIs. */
  readonly query?: readonly string[];
  /** Rewrites every text body (request and response) before it is written. */
  readonly body?: (text: string) => string;
  /**
   * `{ '<TOKEN>': token }`: the secret is replaced by its placeholder in URIs, headers and text
   * bodies when recorded, and put back in responses when played back.
   */
  readonly placeholders?: Readonly<Record<string, string>>;
}

/**
 * What a redacted value becomes.
 * @example
 * ```ts
 * const tape = await useCassette(session, 'test/cassettes/login.json');
 * const auth = tape.interactions[0]?.request.headers.Authorization;
 * expect(auth).toBe(`Bearer ${REDACTED}`);
 * await tape.eject();
 * ```
 */
export const REDACTED = '<REDACTED>';

const DEFAULT_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];

function replaceAll(text: string, from: string, to: string): string {
  return from === '' || !text.includes(from) ? text : text.split(from).join(to);
}

/** A header value with its secret parts redacted and its shape kept (scheme, cookie names, attributes). */
function redactHeaderValue(name: string, value: string): string {
  switch (name) {
    case 'authorization':
    case 'proxy-authorization': {
      const scheme = /^[A-Za-z][\w-]*(?= )/.exec(value);
      return scheme === null ? REDACTED : `${scheme[0]} ${REDACTED}`;
    }
    case 'cookie':
      return value
        .split(';')
        .map((pair) => {
          const eq = pair.indexOf('=');
          return eq === -1 ? REDACTED : `${pair.slice(0, eq + 1)}${REDACTED}`;
        })
        .join(';');
    case 'set-cookie': {
      const eq = value.indexOf('=');
      const semi = value.indexOf(';');
      if (eq === -1 || (semi !== -1 && semi < eq)) return REDACTED;
      return `${value.slice(0, eq + 1)}${REDACTED}${semi === -1 ? '' : value.slice(semi)}`;
    }
    default:
      return REDACTED;
  }
}

/** Applies one cassette's redaction rules (record direction) and puts placeholders back (playback). */
export class Redactor {
  readonly #headers: ReadonlySet<string>;
  readonly #query: ReadonlySet<string>;
  readonly #body: ((text: string) => string) | null;
  readonly #placeholders: readonly (readonly [placeholder: string, secret: string])[];

  constructor(options: CassetteRedaction = {}) {
    const keep = new Set((options.keepHeaders ?? []).map((n) => n.toLowerCase()));
    const names = [...DEFAULT_HEADERS, ...(options.headers ?? []).map((n) => n.toLowerCase())];
    this.#headers = new Set(names.filter((n) => !keep.has(n)));
    this.#query = new Set(options.query ?? []);
    this.#body = options.body ?? null;
    this.#placeholders = Object.entries(options.placeholders ?? {}).filter(([, secret]) => secret !== '');
  }

  /** Secrets replaced by their placeholders. */
  hide(text: string): string {
    let out = text;
    for (const [placeholder, secret] of this.#placeholders) out = replaceAll(out, secret, placeholder);
    return out;
  }

  /** Placeholders replaced by their secrets. */
  restore(text: string): string {
    let out = text;
    for (const [placeholder, secret] of this.#placeholders) out = replaceAll(out, placeholder, secret);
    return out;
  }

  /** A URI with secrets hidden (also percent-encoded ones) and the named query values redacted. */
  uri(uri: string): string {
    let out = uri;
    for (const [placeholder, secret] of this.#placeholders) {
      out = replaceAll(replaceAll(out, secret, placeholder), encodeURIComponent(secret), placeholder);
    }
    return this.#query.size === 0 ? out : this.#redactQuery(out);
  }

  /** A header value as recorded. */
  header(name: string, value: string): string {
    const lower = name.toLowerCase();
    return this.#headers.has(lower) ? redactHeaderValue(lower, value) : this.hide(value);
  }

  /** A text body as recorded. */
  bodyText(text: string): string {
    const hidden = this.hide(text);
    return this.#body === null ? hidden : this.#body(hidden);
  }

  #redactQuery(uri: string): string {
    const start = uri.indexOf('?');
    if (start === -1) return uri;
    const hash = uri.indexOf('#', start);
    const end = hash === -1 ? uri.length : hash;
    const parts = uri
      .slice(start + 1, end)
      .split('&')
      .map((part) => {
        const eq = part.indexOf('=');
        const key = part.slice(0, eq === -1 ? part.length : eq);
        let name = key;
        try {
          name = decodeURIComponent(key.replaceAll('+', ' '));
        } catch {
          // A malformed escape: compare the key as written.
        }
        return this.#query.has(name) ? `${key}=${REDACTED}` : part;
      });
    return `${uri.slice(0, start + 1)}${parts.join('&')}${uri.slice(end)}`;
  }
}
