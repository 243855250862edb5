// The gzip member header (RFC 1952 §2.3): its length, once enough bytes are there.
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;

/** Not a gzip member: wrong magic bytes or compression method. */
export const NOT_GZIP = -2;
/** More bytes are needed. */
export const INCOMPLETE = -1;

function endOfZeroTerminated(bytes: Uint8Array, from: number): number {
  const zero = bytes.indexOf(0, from);
  return zero === -1 ? INCOMPLETE : zero + 1;
}

/** The header's length in bytes, {@link INCOMPLETE}, or {@link NOT_GZIP}. */
export function gzipHeaderLength(bytes: Uint8Array): number {
  if (bytes.length >= 1 && bytes[0] !== 0x1f) return NOT_GZIP;
  if (bytes.length >= 2 && bytes[1] !== 0x8b) return NOT_GZIP;
  if (bytes.length >= 3 && bytes[2] !== 8) return NOT_GZIP;
  if (bytes.length < 10) return INCOMPLETE;
  const flags = bytes[3]!;
  let at = 10;
  if (flags & FEXTRA) {
    if (bytes.length < at + 2) return INCOMPLETE;
    at += 2 + (bytes[at]! | (bytes[at + 1]! << 8));
  }
  if (flags & FNAME) {
    at = endOfZeroTerminated(bytes, at);
    if (at === INCOMPLETE) return INCOMPLETE;
  }
  if (flags & FCOMMENT) {
    at = endOfZeroTerminated(bytes, at);
    if (at === INCOMPLETE) return INCOMPLETE;
  }
  if (flags & FHCRC) at += 2;
  return bytes.length < at ? INCOMPLETE : at;
}
