/**
 * Single-byte decoders driven by 256-entry tables: the ones TextDecoder lacks or gets wrong on
 * Node 20 (Windows-1252's 0x80–0x9F, true ISO-8859-9/-11/-16, TIS-620, ASCII as Python reads
 * it), and the platform's own single-byte encodings read through a table built from TextDecoder.
 */

/** One table: code unit for each byte value. */
export type ByteTable = Uint16Array;

const REPLACEMENT = 0xfffd;
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Each byte through `table`; the result has as many characters as there are bytes. */
export function decodeWithTable(bytes: Uint8Array, table: ByteTable): string {
  const units = new Uint16Array(bytes.byteLength);
  for (let i = 0; i < bytes.byteLength; i++) units[i] = table[bytes[i] as number] as number;
  if (!littleEndian) swapBytes(units);
  return utf16.decode(units);
}

function swapBytes(units: Uint16Array): void {
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as number;
    units[i] = ((unit & 0xff) << 8) | (unit >> 8);
  }
}

/** Latin-1 with `high` (code points for 0x80 upwards, as a string) laid over the top half. */
function latin1With(high: string, from = 0x80): ByteTable {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = byte;
  for (let i = 0; i < high.length; i++) table[from + i] = high.charCodeAt(i);
  return table;
}

/** ASCII as Python decodes it with `errors='replace'`: bytes ≥ 0x80 become U+FFFD. */
export function asciiTable(): ByteTable {
  return latin1With('\ufffd'.repeat(128));
}

/** Windows-1252 with its real 0x80–0x9F; the five undefined bytes become U+FFFD (Python's cp1252). */
export function windows1252Table(): ByteTable {
  return latin1With('€\ufffd‚ƒ„…†‡ˆ‰Š‹Œ\ufffdŽ\ufffd\ufffd‘’“”•–—˜™š›œ\ufffdžŸ');
}

/** ISO-8859-9 (Latin-5): Latin-1 with six Turkish letters; 0x80–0x9F stay C1 controls. */
export function iso88599Table(): ByteTable {
  const table = latin1With('');
  const turkish: Array<[number, string]> = [
    [0xd0, 'Ğ'],
    [0xdd, 'İ'],
    [0xde, 'Ş'],
    [0xf0, 'ğ'],
    [0xfd, 'ı'],
    [0xfe, 'ş'],
  ];
  for (const [byte, char] of turkish) table[byte] = char.charCodeAt(0);
  return table;
}

/** ISO-8859-16 (Latin-10, South-Eastern European), which Node's TextDecoder does not know. */
export function iso885916Table(): ByteTable {
  return latin1With(
    '\u00a0ĄąŁ€„Š§š©Ș«Ź\u00adźŻ°±ČłŽ”¶·žčș»ŒœŸż' +
      'ÀÁÂĂÄĆÆÇÈÉÊËÌÍÎÏĐŃÒÓÔŐÖŚŰÙÚÛÜĘȚß' +
      'àáâăäćæçèéêëìíîïđńòóôőöśűùúûüęțÿ',
    0xa0,
  );
}

/**
 * ISO-8859-11 (Thai; `tis620` when `nbsp` is false, where 0xA0 is undefined): U+0E01… from
 * 0xA1, with the unassigned bytes as U+FFFD. WHATWG folds both into Windows-874.
 */
export function thaiTable(nbsp: boolean): ByteTable {
  const table = latin1With('');
  for (let byte = 0xa0; byte < 256; byte++) {
    const assigned = (byte >= 0xa1 && byte <= 0xda) || (byte >= 0xdf && byte <= 0xfb);
    table[byte] = assigned ? 0x0e00 + byte - 0xa0 : REPLACEMENT;
  }
  if (nbsp) table[0xa0] = 0xa0;
  return table;
}

/** Bytes ICU maps although the code page (in WHATWG's and Python's tables) leaves them undefined. */
const ICU_EXTRAS: Readonly<Record<string, readonly number[]>> = { 'windows-1253': [0xaa] };

/**
 * A table for one of the platform's single-byte encodings. ASCII bytes map to themselves (ICU's
 * IBM866 shuffles three control bytes). With `windowsCodePage`, bytes the code page leaves
 * undefined become U+FFFD, as Python (hence Requests) decodes them: ICU passes them through as
 * C1 controls or maps them to private-use characters (Windows-874).
 */
export function platformTable(label: string, windowsCodePage: boolean): ByteTable {
  const high = new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  if (high.length !== 128) throw new Error(`${label} is not a single-byte encoding`);
  const table = latin1With(high);
  if (!windowsCodePage) return table;
  for (let byte = 0x80; byte < 0x100; byte++) {
    const code = table[byte] as number;
    if ((byte < 0xa0 && code === byte) || (code >= 0xe000 && code <= 0xf8ff)) table[byte] = REPLACEMENT;
  }
  for (const byte of ICU_EXTRAS[label] ?? []) table[byte] = REPLACEMENT;
  return table;
}
