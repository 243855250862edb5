/** Bodies in a cassette: readable UTF-8 text when they are text, base64 otherwise — always the exact bytes. */
import type { RecordedBody } from './interaction.js';

const TEXT_TYPE =
  /^(text\/|application\/(json|xml|javascript|ecmascript|x-www-form-urlencoded|[\w.+-]*\+(json|xml))\b)/i;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const encoder = new TextEncoder();

/**
 * True when bytes of this type, with these codings, are worth storing as text: a textual
 * Content-Type and no Content-Encoding (compressed bytes are binary whatever the type).
 */
export function isTextual(contentType: string | undefined, contentEncoding: string | undefined): boolean {
  const coded = contentEncoding !== undefined && contentEncoding.trim().toLowerCase() !== 'identity';
  return !coded && contentType !== undefined && TEXT_TYPE.test(contentType.trim());
}

/** `{ text }` for textual valid UTF-8 (which encodes back to the same bytes), else `{ base64 }`. */
export function recordBody(bytes: Uint8Array, textual: boolean): RecordedBody {
  if (textual || bytes.byteLength === 0) {
    try {
      return { text: strict.decode(bytes) };
    } catch {
      // Not UTF-8 after all: base64 keeps the bytes exact.
    }
  }
  return { base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/** The bytes a recorded body stands for. */
export function bodyBytes(body: RecordedBody | null): Uint8Array {
  if (body === null) return new Uint8Array(0);
  return 'text' in body ? encoder.encode(body.text) : new Uint8Array(Buffer.from(body.base64, 'base64'));
}
