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

/** The body's text when it is textual valid UTF-8 (which encodes back to the same bytes), else null. */
export function bodyText(bytes: Uint8Array, textual: boolean): string | null {
  if (!textual && bytes.byteLength > 0) return null;
  try {
    return strict.decode(bytes);
  } catch {
    return null;
  }
}

/** Text as stored: `{ lines }` when it has more than one line, else `{ text }`. */
export function storedText(text: string): RecordedBody {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  return lines.length > 1 ? { lines } : { text };
}

/** Bytes as stored: base64. */
export function storedBytes(bytes: Uint8Array): RecordedBody {
  return { base64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/** The text of a text body, or null for base64. */
export function textOf(body: RecordedBody): string | null {
  if ('lines' in body) return body.lines.join('');
  return 'text' in body ? body.text : null;
}

/** The bytes a recorded body stands for. */
export function bodyBytes(body: RecordedBody | null): Uint8Array {
  if (body === null) return new Uint8Array(0);
  const text = textOf(body);
  if (text !== null) return encoder.encode(text);
  return new Uint8Array(Buffer.from((body as { base64: string }).base64, 'base64'));
}
