/**
 * Guesses the character encoding of bytes, for `Response.apparentEncoding` and for `text`
 * when no charset was declared. @reqs/encoding implements it; core falls back to
 * UTF-8-or-Windows-1252.
 * @example
 * const alwaysLatin1: CharsetDetector = { detect: () => 'iso-8859-1' };
 * await using s = new Session({ charsetDetector: alwaysLatin1 });
 */
export interface CharsetDetector {
  /** An encoding name for `bytes`, or null when it cannot tell. */
  detect(bytes: Uint8Array): string | null;
  /**
   * Optional: decodes `bytes` in `encoding`; returns undefined for a name it does not know,
   * so that core's own decoder is used.
   */
  decode?(bytes: Uint8Array, encoding: string): string | undefined;
}
