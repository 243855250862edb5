/** iterLines: a response body line by line, without line endings. */
import { concatAll, indexOfBytes } from './concat-bytes.js';

/**
 * Options of `Response.iterLines`.
 * @example
 * for await (const line of r.iterLines({ chunkSize: 1024, decodeUnicode: true, delimiter: '\r\n' })) console.log(line);
 */
export interface IterLinesOptions {
  /** Bytes read at a time (default 512; null: chunks as they arrive). */
  chunkSize?: number | null;
  /** Yield strings decoded with the response's encoding instead of bytes. */
  decodeUnicode?: boolean;
  /** Split on this string instead of `\n`, `\r\n` and `\r`. */
  delimiter?: string | null;
}

/** The operations line splitting needs, for strings and for bytes alike. */
interface Units<T> {
  length(value: T): number;
  at(value: T, index: number): number;
  slice(value: T, start: number, end?: number): T;
  concat(parts: T[]): T;
  indexOf(value: T, needle: T, from: number): number;
}

const STRING_UNITS: Units<string> = {
  length: (value) => value.length,
  at: (value, index) => value.charCodeAt(index),
  slice: (value, start, end) => value.slice(start, end),
  concat: (parts) => parts.join(''),
  indexOf: (value, needle, from) => value.indexOf(needle, from),
};

const BYTE_UNITS: Units<Uint8Array> = {
  length: (value) => value.byteLength,
  at: (value, index) => value[index] as number,
  slice: (value, start, end) => value.subarray(start, end),
  concat: (parts) => (parts.length === 1 ? (parts[0] as Uint8Array) : concatAll(parts)),
  indexOf: (value, needle, from) => indexOfBytes(value, needle, from),
};

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits chunks into lines. Without a delimiter, `\n`, `\r\n` and `\r` end a line (a `\r\n`
 * split across two chunks is one ending, not an extra empty line); with one, the delimiter
 * does. A trailing ending does not produce an empty last line. Linear in the input.
 */
export async function* iterLines<T extends Uint8Array | string>(
  chunks: AsyncIterable<T>,
  delimiter: string | null,
): AsyncGenerator<T, void, undefined> {
  let units: Units<T> | null = null;
  let splitter: ((chunk: T) => T[]) | null = null;
  const pending: T[] = [];
  let skipLeadingLf = false;
  for await (const chunk of chunks) {
    if (units === null) {
      units = (typeof chunk === 'string' ? STRING_UNITS : BYTE_UNITS) as unknown as Units<T>;
      splitter = delimiter
        ? delimiterSplitter(units, pending, toNeedle(delimiter, typeof chunk === 'string') as T)
        : newlineSplitter(units, pending, {
            get: () => skipLeadingLf,
            set: (value) => {
              skipLeadingLf = value;
            },
          });
    }
    yield* (splitter as (chunk: T) => T[])(chunk);
  }
  if (units !== null && pending.length > 0) {
    const last = units.concat(pending);
    if (units.length(last) > 0) yield last;
  }
}

function toNeedle(delimiter: string, text: boolean): string | Uint8Array {
  return text ? delimiter : new TextEncoder().encode(delimiter);
}

/** Splits on `\n`, `\r\n`, `\r`; `pending` holds the unterminated tail in parts (no re-copying). */
function newlineSplitter<T>(
  units: Units<T>,
  pending: T[],
  skipLf: { get(): boolean; set(value: boolean): void },
): (chunk: T) => T[] {
  return (chunk) => {
    const lines: T[] = [];
    const length = units.length(chunk);
    let start = 0;
    if (skipLf.get() && length > 0) {
      skipLf.set(false);
      if (units.at(chunk, 0) === LF) start = 1;
    }
    for (let i = start; i < length; i++) {
      const unit = units.at(chunk, i);
      if (unit !== LF && unit !== CR) continue;
      pending.push(units.slice(chunk, start, i));
      lines.push(units.concat(pending.splice(0)));
      if (unit === CR) {
        if (i + 1 < length) {
          if (units.at(chunk, i + 1) === LF) i++;
        } else {
          skipLf.set(true);
        }
      }
      start = i + 1;
    }
    if (start < length) pending.push(units.slice(chunk, start));
    return lines;
  };
}

/** Splits on `needle`, also where it straddles two chunks. */
function delimiterSplitter<T>(units: Units<T>, pending: T[], needle: T): (chunk: T) => T[] {
  const size = units.length(needle);
  return (chunk) => {
    const lines: T[] = [];
    let start = 0;
    if (pending.length > 0 && size > 1) start = splitAcrossBoundary(units, pending, chunk, needle, lines);
    let found = units.indexOf(chunk, needle, start);
    while (found !== -1) {
      pending.push(units.slice(chunk, start, found));
      lines.push(units.concat(pending.splice(0)));
      start = found + size;
      found = units.indexOf(chunk, needle, start);
    }
    if (start < units.length(chunk)) pending.push(units.slice(chunk, start));
    return lines;
  };
}

/**
 * Looks for a delimiter that begins in the pending tail and ends in `chunk`; when found,
 * emits the line and returns where `chunk`'s remainder starts.
 */
function splitAcrossBoundary<T>(units: Units<T>, pending: T[], chunk: T, needle: T, lines: T[]): number {
  const size = units.length(needle);
  const tail = tailOf(units, pending, size - 1);
  const head = units.slice(chunk, 0, Math.min(size - 1, units.length(chunk)));
  const window = units.concat([tail, head]);
  const tailLength = units.length(tail);
  const found = units.indexOf(window, needle, 0);
  if (found === -1 || found >= tailLength || found + size <= tailLength) return 0;
  const whole = units.concat(pending.splice(0));
  lines.push(units.slice(whole, 0, units.length(whole) - (tailLength - found)));
  return found + size - tailLength;
}

/** The last `count` units across the pending parts. */
function tailOf<T>(units: Units<T>, parts: T[], count: number): T {
  const picked: T[] = [];
  let need = count;
  for (let i = parts.length - 1; i >= 0 && need > 0; i--) {
    const part = parts[i] as T;
    const length = units.length(part);
    picked.unshift(length > need ? units.slice(part, length - need) : part);
    need -= Math.min(length, need);
  }
  return units.concat(picked);
}
