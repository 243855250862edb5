/** httpbin's `json_safe`: UTF-8 text stays text, anything else becomes a base64 `data:` URL. */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes strict UTF-8, or returns `undefined` when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Returns the bytes as text when they are valid UTF-8, else as `data:<type>;base64,…` (RFC 2397). */
export function jsonSafe(bytes: Uint8Array, contentType = 'application/octet-stream'): string {
  const text = decodeUtf8(bytes);
  if (text !== undefined) return text;
  return `data:${contentType};base64,${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')}`;
}
