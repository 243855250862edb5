/** decodeText: bytes to text in a named encoding, never throwing. */
import type { CharsetDetector } from './charset-detector.js';
import { concatAll } from './concat-bytes.js';
import { resolveCodec, type StreamTextDecoder } from './text-codec.js';

/**
 * Decodes `bytes` in `encoding`, replacing undecodable bytes with U+FFFD. Names follow
 * Python: `latin-1`/`ISO-8859-1` are true latin-1 (not WHATWG's Windows-1252 alias), `ascii`
 * maps bytes ≥ 0x80 to U+FFFD, `cp1252` uses a real table, `x-sjis`/`cp932`/`euc_jp`/`utf8`
 * and friends work; other names go through TextDecoder (Node's full ICU). A `detector` with
 * `decode` is asked first. An unknown name decodes as UTF-8.
 *
 * @example
 * decodeText(new Uint8Array([0x80]), 'cp1252'); // '€'
 * decodeText(new Uint8Array([0x80]), 'latin-1'); // '\x80'
 */
export function decodeText(
  bytes: Uint8Array,
  encoding: string | null,
  detector?: CharsetDetector | null,
): string {
  if (encoding !== null && detector?.decode) {
    const decoded = detector.decode(bytes, encoding);
    if (decoded !== undefined) return decoded;
  }
  const codec = (encoding === null ? null : resolveCodec(encoding)) ?? resolveCodec('utf-8');
  return codec === null ? new TextDecoder().decode(bytes) : codec.decode(bytes);
}

/**
 * A streaming decoder for `encoding` (for `iterContent(…, true)`). When only the detector
 * knows the name, the bytes are gathered and decoded at the end.
 */
export function createTextStreamDecoder(
  encoding: string,
  detector?: CharsetDetector | null,
): StreamTextDecoder {
  const codec = resolveCodec(encoding);
  if (codec === null && detector?.decode) return gatherThenDecode(encoding, detector);
  return (codec ?? (resolveCodec('utf-8') as NonNullable<typeof codec>)).stream();
}

function gatherThenDecode(encoding: string, detector: CharsetDetector): StreamTextDecoder {
  const parts: Uint8Array[] = [];
  return {
    write(chunk) {
      parts.push(chunk);
      return '';
    },
    end: () => decodeText(concatAll(parts), encoding, detector),
  };
}
