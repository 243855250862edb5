/** stripChars: Python's `str.strip(chars)`, used by the header parsers. */

/** Removes every leading and trailing character found in `chars`. */
export function stripChars(value: string, chars: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && chars.includes(value[start] as string)) start++;
  while (end > start && chars.includes(value[end - 1] as string)) end--;
  return value.slice(start, end);
}
