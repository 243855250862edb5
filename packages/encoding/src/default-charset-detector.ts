/** DefaultCharsetDetector: the CharsetDetector that @reqs/encoding gives a Session. */
import type { CharsetDetector } from '@reqs/core';
import { decode } from './decode.js';
import { detectEncoding } from './detect-encoding.js';

/**
 * Detects the charset of response bodies for `Response.apparentEncoding` and decodes every
 * encoding name a server may send. Detection is layered: BOM, UTF-16/32 patterns, ASCII and
 * strict UTF-8 first, then statistics for legacy encodings (see detectEncoding).
 * Names returned are lower-case, WHATWG-style where one exists (`utf-8`, `windows-1252`,
 * `shift_jis`, `euc-kr`, `gb18030`, `big5`, `koi8-r`…), plus `ascii`, `iso-8859-1` (true
 * Latin-1) and `utf-32le`/`be`; `decode` understands all of them.
 *
 * @example
 * const session = new Session({ charsetDetector: new DefaultCharsetDetector() });
 * charsetDetector.detect(new TextEncoder().encode('naïve')); // 'utf-8'
 */
export class DefaultCharsetDetector implements CharsetDetector {
  /**
   * The encoding of `bytes`, or null when they do not look like text.
   * @example
   * new DefaultCharsetDetector().detect(new TextEncoder().encode('5 €')); // 'utf-8'
   */
  detect(bytes: Uint8Array): string | null {
    return detectEncoding(bytes);
  }

  /**
   * Decodes `bytes` in `encoding` (any alias); undefined for a name it does not know.
   * @example
   * new DefaultCharsetDetector().decode(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'latin1'); // 'café'
   */
  decode(bytes: Uint8Array, encoding: string): string | undefined {
    return decode(bytes, encoding);
  }
}

/**
 * A ready DefaultCharsetDetector (it holds no state).
 * @example
 * await using s = new Session({ charsetDetector });
 * const r = await s.get('https://example.org/legacy-page');
 * console.log(r.apparentEncoding); // guessed from the bytes by this detector
 */
export const charsetDetector: DefaultCharsetDetector = new DefaultCharsetDetector();
