/** RFC 9110 token and field-value character checks (linear, no regex). */

// tchar = "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA
const TCHAR = new Uint8Array(128);
for (const c of "!#$%&'*+-.^_`|~") TCHAR[c.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) {
  TCHAR[c] = 1;
  TCHAR[c + 0x20] = 1;
}

/** True when `value` is a non-empty RFC 9110 token (a method or a header name). */
export function isToken(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 128 || TCHAR[c] === 0) return false;
  }
  return true;
}

/**
 * True when `value` may be sent as a header field value: no leading whitespace, no control
 * characters other than tab (so no CR, LF, NUL), no DEL, and latin-1 only (field values are
 * octets; a character above U+00FF cannot be sent as one).
 */
export function isFieldValue(value: string): boolean {
  if (value.length === 0) return true;
  const first = value.charCodeAt(0);
  if (first === 0x20 || first === 0x09) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f || c > 0xff) return false;
  }
  return true;
}
