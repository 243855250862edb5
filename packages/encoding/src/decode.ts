/** decode and lookupEncoding: every encoding name a server may send, decoded as Python would. */
import { decodeLatin1 } from '@reqs/core';
import { canonicalFromAlias } from './encoding-aliases.js';
import {
  asciiTable,
  type ByteTable,
  decodeWithTable,
  iso88599Table,
  iso885916Table,
  platformTable,
  thaiTable,
  windows1252Table,
} from './single-byte.js';
import { decodeUtf32 } from './utf-32.js';

type Decoder = (bytes: Uint8Array) => string;

/** Longer names are not encodings; refusing them keeps the cache and TextDecoder out of it. */
const MAX_NAME_LENGTH = 64;
const CACHE_LIMIT = 256;

function withTable(build: () => ByteTable): () => Decoder {
  return () => {
    const table = build();
    return (bytes) => decodeWithTable(bytes, table);
  };
}

function platform(label: string): () => Decoder {
  return () => {
    const decoder = new TextDecoder(label);
    return (bytes) => decoder.decode(bytes);
  };
}

/** UTF-16 without a stated byte order: a BOM decides, else little-endian (Python on x86/ARM). */
function utf16(): Decoder {
  const le = new TextDecoder('utf-16le');
  const be = new TextDecoder('utf-16be');
  return (bytes) => (bytes[0] === 0xfe && bytes[1] === 0xff ? be : le).decode(bytes);
}

const PLATFORM_SINGLE_BYTE = [
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'x-mac-cyrillic',
];
/** Windows code pages: what the platform maps to C1 controls is undefined there. */
const WINDOWS_SINGLE_BYTE = [
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1253',
  'windows-1254',
].concat(['windows-1255', 'windows-1256', 'windows-1257', 'windows-1258']);
const PLATFORM_MULTI_BYTE = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'shift_jis',
  'euc-jp',
  'iso-2022-jp',
  'euc-kr',
  'gbk',
].concat(['gb18030', 'big5']);

/** Canonical name → how to build its decoder (built on first use). */
const FACTORIES = new Map<string, () => Decoder>([
  ['iso-8859-1', () => decodeLatin1],
  ['ascii', withTable(asciiTable)],
  ['windows-1252', withTable(windows1252Table)],
  ['iso-8859-9', withTable(iso88599Table)],
  ['iso-8859-11', withTable(() => thaiTable(true))],
  ['tis-620', withTable(() => thaiTable(false))],
  ['iso-8859-16', withTable(iso885916Table)],
  ['utf-16', utf16],
  ['utf-32', () => (bytes) => decodeUtf32(bytes, null)],
  ['utf-32le', () => (bytes) => decodeUtf32(bytes, true)],
  ['utf-32be', () => (bytes) => decodeUtf32(bytes, false)],
  ...PLATFORM_SINGLE_BYTE.map((label): [string, () => Decoder] => [
    label,
    withTable(() => platformTable(label, false)),
  ]),
  ...WINDOWS_SINGLE_BYTE.map((label): [string, () => Decoder] => [
    label,
    withTable(() => platformTable(label, true)),
  ]),
  ...PLATFORM_MULTI_BYTE.map((label): [string, () => Decoder] => [label, platform(label)]),
]);

const decoders = new Map<string, Decoder>();
const names = new Map<string, string | null>();

/** A WHATWG label the alias table lacks (`csisolatin2`, `x-cp1250`, `ucs-2`…) through TextDecoder. */
function canonicalFromPlatform(name: string): string | null {
  try {
    const encoding = new TextDecoder(name).encoding;
    if (encoding === 'iso-8859-8-i') return 'iso-8859-8';
    return FACTORIES.has(encoding) ? encoding : null;
  } catch {
    return null;
  }
}

/**
 * The canonical name this package decodes `name` as, or null when it is not an encoding it
 * knows. Case, spaces, `-`, `_` and `.` are forgiven; Python's aliases and WHATWG's labels both
 * work, with Python's meaning where they differ: `latin-1`/`iso-8859-1` is true Latin-1,
 * `ascii` is 7-bit, `iso-8859-9`/`-11` are not Windows-1254/874.
 *
 * @example
 * lookupEncoding('Latin_1'); // 'iso-8859-1'
 * lookupEncoding('x-sjis'); // 'shift_jis'
 * lookupEncoding('klingon'); // null
 */
export function lookupEncoding(name: string): string | null {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > MAX_NAME_LENGTH) return null;
  const known = names.get(trimmed);
  if (known !== undefined) return known;
  const canonical = canonicalFromAlias(trimmed) ?? canonicalFromPlatform(trimmed);
  // Bounded, so a stream of made-up charset names cannot grow it without limit.
  if (names.size < CACHE_LIMIT) names.set(trimmed, canonical);
  return canonical;
}

/**
 * Decodes `bytes` in `encoding`, replacing what cannot be decoded with U+FFFD (Python's
 * `errors='replace'`, as Requests' `text` does). Returns undefined for a name it does not know,
 * so that the caller can fall back. A BOM that matches the encoding is dropped, as TextDecoder
 * does; `utf-16` and `utf-32` read their byte order from it.
 *
 * @example
 * decode(new Uint8Array([0x93, 0x48, 0x69, 0x94]), 'cp1252'); // '“Hi”'
 * decode(new Uint8Array([0x80]), 'latin-1'); // '\x80' (true Latin-1, not Windows-1252)
 * decode(new Uint8Array([0x41]), 'no-such-charset'); // undefined
 */
export function decode(bytes: Uint8Array, encoding: string): string | undefined {
  const canonical = lookupEncoding(encoding);
  if (canonical === null) return undefined;
  let decoder = decoders.get(canonical);
  if (decoder === undefined) {
    decoder = (FACTORIES.get(canonical) as () => Decoder)();
    decoders.set(canonical, decoder);
  }
  return decoder(bytes);
}
