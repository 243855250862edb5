/** Utf32Decoder: UTF-32 (LE/BE, BOM-sniffed) decoding, which TextDecoder lacks. */

/** A streaming UTF-32 decoder; invalid code points and a trailing partial unit become U+FFFD. */
export class Utf32Decoder {
  #littleEndian: boolean | null;
  #pending = new Uint8Array(0);

  /** @param littleEndian byte order, or null to read it from a BOM (default little-endian). */
  constructor(littleEndian: boolean | null) {
    this.#littleEndian = littleEndian;
  }

  /** Decodes a chunk, keeping an incomplete 4-byte unit for the next one. */
  write(chunk: Uint8Array): string {
    const bytes = this.#pending.byteLength === 0 ? chunk : concat(this.#pending, chunk);
    let offset = 0;
    if (this.#littleEndian === null) {
      if (bytes.byteLength < 4) {
        this.#pending = bytes.slice();
        return '';
      }
      offset = this.#readBom(bytes);
    }
    const usable = offset + Math.floor((bytes.byteLength - offset) / 4) * 4;
    this.#pending = bytes.slice(usable);
    return decodeUnits(bytes, offset, usable, this.#littleEndian ?? true);
  }

  /** Flushes: a leftover partial unit becomes U+FFFD. */
  end(): string {
    const rest = this.#pending.byteLength > 0 ? '\ufffd' : '';
    this.#pending = new Uint8Array(0);
    return rest;
  }

  #readBom(bytes: Uint8Array): number {
    const view = new DataView(bytes.buffer, bytes.byteOffset, 4);
    if (view.getUint32(0, true) === 0xfeff) {
      this.#littleEndian = true;
      return 4;
    }
    if (view.getUint32(0, false) === 0xfeff) {
      this.#littleEndian = false;
      return 4;
    }
    this.#littleEndian = true;
    return 0;
  }
}

function decodeUnits(bytes: Uint8Array, start: number, end: number, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let codes: number[] = [];
  for (let i = start; i < end; i += 4) {
    const code = view.getUint32(i, littleEndian);
    const valid = code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    codes.push(valid ? code : 0xfffd);
    if (codes.length === 8192) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
  }
  parts.push(String.fromCodePoint(...codes));
  return parts.join('');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a, 0);
  out.set(b, a.byteLength);
  return out;
}
