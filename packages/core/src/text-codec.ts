/** resolveCodec: turns an encoding name a server may send into a decoder (internal to core). */

import { concatBytes } from './concat-bytes.js';
import { lookupAlias, normalizeEncodingName } from './encoding-aliases.js';
import { decodeLatin1 } from './latin1.js';
import { Utf32Decoder } from './utf-32-decoder.js';
import { decodeAscii, decodeWindows1252 } from './windows-1252.js';

/** A streaming decoder: `write` each chunk, then `end`. Bad bytes become U+FFFD. */
export interface StreamTextDecoder {
  write(chunk: Uint8Array): string;
  end(): string;
}

/** How to decode one encoding, whole or streamed. */
export interface TextCodec {
  /** The canonical name. */
  readonly name: string;
  decode(bytes: Uint8Array): string;
  stream(): StreamTextDecoder;
}

function stateless(name: string, decode: (bytes: Uint8Array) => string): TextCodec {
  const streamer: StreamTextDecoder = { write: decode, end: () => '' };
  return { name, decode, stream: () => streamer };
}

function platform(label: string): TextCodec {
  const whole = new TextDecoder(label);
  return {
    name: whole.encoding,
    decode: (bytes) => whole.decode(bytes),
    stream: () => {
      const decoder = new TextDecoder(label);
      return { write: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
    },
  };
}

function utf32(littleEndian: boolean | null, name: string): TextCodec {
  const stream = (): StreamTextDecoder => new Utf32Decoder(littleEndian);
  return {
    name,
    decode: (bytes) => {
      const decoder = stream();
      return decoder.write(bytes) + decoder.end();
    },
    stream,
  };
}

/** UTF-16 without a stated byte order: a BOM decides, else little-endian (as Python on x86). */
function utf16(): TextCodec {
  const pick = (bytes: Uint8Array): string =>
    bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-16le';
  const stream = (): StreamTextDecoder => {
    let decoder: InstanceType<typeof TextDecoder> | null = null;
    let head = new Uint8Array(0);
    return {
      write(chunk) {
        if (decoder === null) {
          const bytes =
            head.byteLength === 0 ? chunk : concatBytes([head, chunk], head.byteLength + chunk.byteLength);
          if (bytes.byteLength < 2) {
            head = Uint8Array.from(bytes);
            return '';
          }
          decoder = new TextDecoder(pick(bytes));
          return decoder.decode(bytes, { stream: true });
        }
        return decoder.decode(chunk, { stream: true });
      },
      end: () => (decoder === null ? (head.byteLength > 0 ? '\ufffd' : '') : decoder.decode()),
    };
  };
  return { name: 'utf-16', decode: (bytes) => new TextDecoder(pick(bytes)).decode(bytes), stream };
}

const BUILTIN: Record<string, () => TextCodec> = {
  latin1: () => stateless('iso-8859-1', decodeLatin1),
  ascii: () => stateless('ascii', decodeAscii),
  'windows-1252': () => stateless('windows-1252', decodeWindows1252),
  'utf-16': utf16,
  'utf-32': () => utf32(null, 'utf-32'),
  'utf-32le': () => utf32(true, 'utf-32le'),
  'utf-32be': () => utf32(false, 'utf-32be'),
};

/** TextDecoder for a label, except that its Windows-1252 (for any alias) uses core's real table. */
function fromPlatform(label: string): TextCodec | null {
  try {
    const codec = platform(label);
    return codec.name === 'windows-1252' ? stateless('windows-1252', decodeWindows1252) : codec;
  } catch {
    return null;
  }
}

const cache = new Map<string, TextCodec | null>();
const CACHE_LIMIT = 256;

/**
 * The codec for an encoding name (Python aliases and WHATWG labels; case, spaces, hyphens and
 * underscores are forgiven), or null when no decoder knows it.
 */
export function resolveCodec(name: string): TextCodec | null {
  // The name as given answers first (every response decoded names its charset again).
  const known = byName.get(name);
  if (known !== undefined) return known;
  const key = normalizeEncodingName(name);
  let codec = cache.get(key);
  if (codec === undefined) {
    codec = findCodec(name, key);
    // Bounded, so hostile charset names cannot grow it without limit.
    if (cache.size < CACHE_LIMIT) cache.set(key, codec);
  }
  if (byName.size < CACHE_LIMIT && name.length <= MAX_NAME_LENGTH) byName.set(name, codec);
  return codec;
}

const MAX_NAME_LENGTH = 64;

// The same answers keyed by the name as given, so a repeated name is not normalized again.
const byName = new Map<string, TextCodec | null>();

function findCodec(name: string, key: string): TextCodec | null {
  const canonical = lookupAlias(key);
  if (canonical !== undefined) {
    const builtin = BUILTIN[canonical];
    return builtin ? builtin() : fromPlatform(canonical);
  }
  if (key === '') return null;
  for (const label of [name.trim().toLowerCase(), key.replace(/_/g, '-'), key.replace(/_/g, '')]) {
    const codec = fromPlatform(label);
    if (codec !== null) return codec;
  }
  return null;
}
