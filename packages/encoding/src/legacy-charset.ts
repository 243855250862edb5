/**
 * detectLegacyCharset: statistical detection of 8-bit and legacy multi-byte encodings, through
 * jschardet (a port of Python's chardet 7). It is loaded on first use: its models take about
 * 50 MB of memory and 100 ms to unpack, which a client that only ever sees UTF-8 never pays.
 */
import { createRequire } from 'node:module';
import { lookupEncoding } from './decode.js';

type Jschardet = typeof import('jschardet');

/**
 * The encodings jschardet may answer with (chardet's codec names): those this package can
 * decode. DOS, EBCDIC and rare Mac pages are left out, as are HZ, ISO-2022-KR and UTF-7,
 * which no decoder here reads; text in them is better left to the caller's fallback. UTF-16
 * and UTF-32 are left to guessWideUnicode: chardet reads small compressed bodies as UTF-16.
 */
export const LEGACY_CANDIDATES: readonly string[] = [
  'ascii',
  'utf-8',
  'big5hkscs',
  'cp932',
  'cp949',
  'euc_jis_2004',
  'euc_kr',
  'gb18030',
  'iso2022_jp_2',
  'shift_jis_2004',
  'cp874',
  'cp1250',
  'cp1251',
  'cp1252',
  'cp1253',
  'cp1254',
  'cp1255',
  'cp1256',
  'cp1257',
  'cp1258',
  'koi8-r',
  'koi8-u',
  'tis-620',
  'iso8859-1',
  'iso8859-2',
  'iso8859-3',
  'iso8859-4',
  'iso8859-5',
  'iso8859-6',
  'iso8859-7',
  'iso8859-8',
  'iso8859-9',
  'iso8859-10',
  'iso8859-13',
  'iso8859-14',
  'iso8859-15',
  'iso8859-16',
  'mac-cyrillic',
  'mac-roman',
  'cp866',
];

let library: Jschardet | null = null;

function load(): Jschardet {
  // A synchronous load: CharsetDetector.detect is synchronous, and an ESM import() is not.
  library ??= createRequire(import.meta.url)('jschardet') as Jschardet;
  return library;
}

/**
 * The legacy encoding jschardet finds most likely for `bytes`, as a canonical name of this
 * package (see lookupEncoding), or null when it finds none (binary data).
 */
export function detectLegacyCharset(bytes: Uint8Array): string | null {
  const result = load().chardet.detect(bytes, { includeEncodings: LEGACY_CANDIDATES, compatNames: false });
  return result.encoding === null ? null : lookupEncoding(result.encoding);
}
