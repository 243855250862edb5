/** guessJsonUtf: which Unicode encoding JSON bytes are in, as Requests' `guess_json_utf`. */

/**
 * What `guessJsonUtf` can answer. `utf-8-sig`, `utf-16` and `utf-32` mean a BOM is present.
 *
 * @example
 * const encoding: JsonUtf | null = guessJsonUtf(r.content);
 * if (encoding === 'utf-16-le') console.log(JSON.parse(new TextDecoder('utf-16le').decode(r.content)));
 */
export type JsonUtf =
  | 'utf-8'
  | 'utf-8-sig'
  | 'utf-16'
  | 'utf-16-be'
  | 'utf-16-le'
  | 'utf-32'
  | 'utf-32-be'
  | 'utf-32-le';

/**
 * Guesses the encoding of JSON from its first four bytes: a BOM, else the pattern of null
 * bytes (JSON starts with two ASCII characters, RFC 4627 §3). Null when nothing fits.
 *
 * @example
 * guessJsonUtf(new Uint8Array([0x7b, 0, 0x7d, 0])); // 'utf-16-le'
 */
export function guessJsonUtf(data: Uint8Array): JsonUtf | null {
  const b0 = data[0];
  const b1 = data[1];
  const b2 = data[2];
  const b3 = data[3];
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    return 'utf-32';
  }
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return 'utf-8-sig';
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return 'utf-16';
  // Null bytes among the first four (fewer when the data is shorter).
  const nulls = (b0 === 0 ? 1 : 0) + (b1 === 0 ? 1 : 0) + (b2 === 0 ? 1 : 0) + (b3 === 0 ? 1 : 0);
  if (nulls === 0) return 'utf-8';
  if (nulls === 2) {
    if (b0 === 0 && b2 === 0) return 'utf-16-be';
    if (b1 === 0 && b3 === 0) return 'utf-16-le';
  }
  if (nulls === 3) {
    if (b0 === 0 && b1 === 0 && b2 === 0) return 'utf-32-be';
    if (b1 === 0 && b2 === 0 && b3 === 0) return 'utf-32-le';
  }
  return null;
}
