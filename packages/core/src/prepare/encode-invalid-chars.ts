/** Percent-encoding of the characters a URL component may not hold (urllib3's _encode_invalid_chars). */
import { charTable } from '../requote-uri.js';

const UNRESERVED = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const utf8 = new TextEncoder();

/** Characters allowed unescaped in userinfo. */
export const USERINFO_CHARS = charTable(`${UNRESERVED}${SUB_DELIMS}:`);
/** Characters allowed unescaped in a path. */
export const PATH_CHARS = charTable(`${UNRESERVED}${SUB_DELIMS}:@/`);
/** Characters allowed unescaped in a query or fragment. */
export const QUERY_CHARS = charTable(`${UNRESERVED}${SUB_DELIMS}:@/?`);
/** Characters allowed in a registered host name (besides percent-escapes). */
export const HOST_CHARS = charTable(`${UNRESERVED}${SUB_DELIMS}`);

const HEX = '0123456789ABCDEF';

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/**
 * Escapes the characters of `component` not in `allowed` (non-ASCII as UTF-8 bytes). Valid
 * escapes are upper-cased and kept — unless some `%` is not a valid escape, in which case the
 * component is taken as unescaped and every `%` becomes `%25`, as urllib3 does.
 */
export function encodeInvalidChars(component: string, allowed: Uint8Array): string {
  let percents = 0;
  let valid = 0;
  let clean = true;
  for (let i = 0; i < component.length; i++) {
    const c = component.charCodeAt(i);
    if (c === 0x25) {
      percents++;
      const a = component.charCodeAt(i + 1);
      const b = component.charCodeAt(i + 2);
      if (isHex(a) && isHex(b)) {
        valid++;
        if (a >= 0x61 || b >= 0x61) clean = false; // lower-case hex to normalize
      }
    } else if (c >= 128 || allowed[c] !== 1) clean = false;
  }
  if (clean && percents === valid) return component;
  return rewrite(component, allowed, percents === valid);
}

function rewrite(component: string, allowed: Uint8Array, keepEscapes: boolean): string {
  let out = '';
  for (let i = 0; i < component.length; i++) {
    const c = component.charCodeAt(i);
    if (c === 0x25) {
      const a = component.charCodeAt(i + 1);
      const b = component.charCodeAt(i + 2);
      const hex = isHex(a) && isHex(b) ? component.slice(i + 1, i + 3).toUpperCase() : null;
      if (hex !== null) {
        out += keepEscapes ? `%${hex}` : `%25${hex}`;
        i += 2;
      } else out += '%25';
    } else if (c < 128) {
      out += allowed[c] === 1 ? component[i] : `%${HEX[c >> 4]}${HEX[c & 15]}`;
    } else {
      const next = component.charCodeAt(i + 1);
      const isPair = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
      const char = isPair ? component.slice(i, i + 2) : component[i];
      if (isPair) i++;
      for (const byte of utf8.encode(char ?? '')) out += `%${HEX[byte >> 4]}${HEX[byte & 15]}`;
    }
  }
  return out;
}
