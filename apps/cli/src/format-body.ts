// A body for display: JSON indented and colored when pretty, binary replaced by a notice on a terminal.
import { formatJson } from './format-json.js';
import type { Pretty } from './output-style.js';
import type { Paint } from './paint.js';

/** What HTTPie prints instead of binary data on a terminal. */
export const BINARY_NOTICE =
  '+-----------------------------------------+\n' +
  '| NOTE: binary data not shown in terminal |\n' +
  '+-----------------------------------------+';

/** True when the first KiB of `bytes` holds a NUL byte (HTTPie's test for binary data). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 1024).includes(0);
}

/** True for `application/json`, `+json` types and `text/json`-like types. */
export function isJsonType(contentType: string | undefined): boolean {
  return contentType !== undefined && /[/+]json\b/i.test(contentType.split(';')[0]!);
}

/** The text to print for a body; raw bytes are the caller's business. */
export function formatBodyText(
  text: string,
  contentType: string | undefined,
  pretty: Pretty,
  paint: Paint,
): string {
  if (!pretty.format && !pretty.colors) return text;
  const trimmed = text.trimStart();
  if (isJsonType(contentType) || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const value: unknown = JSON.parse(text);
      return pretty.format ? formatJson(value, paint) : paint.reset(text);
    } catch {
      return text;
    }
  }
  return text;
}
