/** parseListHeader: comma-separated header values, as Requests' `parse_list_header`. */

/**
 * Splits an RFC 2068 list (`token, "quoted, string", …`): commas inside quotes do not split,
 * a backslash in quotes escapes the next character, and quotes around an item are removed.
 * Linear in the input.
 *
 * @example
 * parseListHeader('token, "quoted value"'); // ['token', 'quoted value']
 */
export function parseListHeader(value: string): string[] {
  return splitHttpList(value).map((item) => (isQuoted(item) ? unquoteHeaderValue(item.slice(1, -1)) : item));
}

/** Python's `urllib.request.parse_http_list`: items stripped of whitespace, empty middles kept. */
export function splitHttpList(value: string): string[] {
  const items: string[] = [];
  let part = '';
  let quoted = false;
  let escaped = false;
  for (const char of value) {
    if (escaped) {
      part += char;
      escaped = false;
    } else if (quoted && char === '\\') {
      escaped = true;
    } else if (!quoted && char === ',') {
      items.push(part);
      part = '';
    } else {
      if (char === '"') quoted = !quoted;
      part += char;
    }
  }
  if (part) items.push(part);
  return items.map((item) => item.trim());
}

/** True when `value` starts and ends with a double quote (a lone `"` counts, as in Python). */
export function isQuoted(value: string): boolean {
  return value.length >= 1 && value.startsWith('"') && value.endsWith('"');
}

/**
 * Requests' `unquote_header_value`: strips one pair of quotes and undoes `\\` and `\"`
 * (the real browser behaviour, not RFC 2616's full unescaping).
 *
 * @example
 * unquoteHeaderValue('"report.pdf"'); // 'report.pdf'
 * unquoteHeaderValue('"say \\"hi\\""'); // 'say "hi"'
 */
export function unquoteHeaderValue(value: string): string {
  if (!isQuoted(value)) return value;
  return value.slice(1, -1).replaceAll('\\\\', '\\').replaceAll('\\"', '"');
}
