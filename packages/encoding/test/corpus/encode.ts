// Encodes corpus text into legacy encodings at run time (iconv-lite is a devDependency).
import iconv from 'iconv-lite';

/** `text` in `encoding`, with a BOM when asked (Unicode encodings only). */
export function encode(text: string, encoding: string, bom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));
}

/** Reference decoding by iconv-lite. */
export function referenceDecode(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
}

/**
 * ISO-2022-JP, which iconv-lite cannot write: JIS X 0208 characters are EUC-JP's two bytes
 * less 0x80 each, in runs opened by `ESC $ B` and closed by `ESC ( B`.
 */
export function encodeIso2022jp(text: string): Uint8Array {
  const euc = encode(text, 'euc-jp');
  const out: number[] = [];
  let double = false;
  for (let i = 0; i < euc.length; ) {
    const byte = euc[i] as number;
    const wide = byte >= 0xa1;
    if (wide !== double) out.push(0x1b, ...(wide ? [0x24, 0x42] : [0x28, 0x42]));
    double = wide;
    if (wide) {
      out.push(byte & 0x7f, (euc[i + 1] as number) & 0x7f);
      i += 2;
    } else {
      out.push(byte);
      i += 1;
    }
  }
  if (double) out.push(0x1b, 0x28, 0x42);
  return Uint8Array.from(out);
}
