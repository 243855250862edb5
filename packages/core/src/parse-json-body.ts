/** parseJsonBody: `Response.json()` — detect the Unicode encoding, decode, parse, explain failures. */
import { decodeText } from './decode-text.js';
import { JSONDecodeError } from './errors/json-decode-error.js';
import { guessJsonUtf, type JsonUtf } from './guess-json-utf.js';
import { locateJsonError } from './locate-json-error.js';
import type { Response } from './response.js';

const UTF8_NAMES = new Set(['utf-8', 'utf8', 'utf_8']);

/** The decoder name for each guess (BOM variants strip their BOM when decoding). */
const DECODER: Record<JsonUtf, string> = {
  'utf-8': 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf-16': 'utf-16',
  'utf-16-be': 'utf-16be',
  'utf-16-le': 'utf-16le',
  'utf-32': 'utf-32',
  'utf-32-be': 'utf-32be',
  'utf-32-le': 'utf-32le',
};

/**
 * Parses the body of `response` as JSON.
 * @throws JSONDecodeError with Python's message, e.g. `Expecting value: line 1 column 1 (char 0)`.
 */
export function parseJsonBody(bytes: Uint8Array, response: Response): unknown {
  const doc = jsonText(bytes, response);
  try {
    return JSON.parse(doc);
  } catch (error) {
    const located = locateJsonError(doc) ?? { msg: 'Expecting value', pos: 0 };
    const message = `${located.msg}: ${lineAndColumn(doc, located.pos)} (char ${located.pos})`;
    throw new JSONDecodeError(message, { doc, pos: located.pos, response, cause: error });
  }
}

/**
 * (1) A BOM decides. (2) With no encoding, or UTF-8 (JSON's default), the null-byte pattern
 * may reveal UTF-16/32, as Requests' `guess_json_utf`. (3) With no encoding and bytes that
 * look like UTF-8, they are decoded as UTF-8 when they are valid UTF-8; else (as Requests
 * falls back on its `UnicodeDecodeError`) `text` decides, so a parse error's `doc` is `text`.
 * (4) Otherwise `text` decides. A leading U+FEFF is dropped in every case.
 */
function jsonText(bytes: Uint8Array, response: Response): string {
  const encoding = response.encoding;
  const guess = bytes.byteLength >= 2 ? guessJsonUtf(bytes) : null;
  const hasBom = guess === 'utf-8-sig' || guess === 'utf-16' || guess === 'utf-32';
  const mayGuess = encoding === null || UTF8_NAMES.has(encoding.trim().toLowerCase());
  let text: string;
  if (guess !== null && (hasBom || (mayGuess && guess !== 'utf-8'))) text = decodeText(bytes, DECODER[guess]);
  else if (encoding === null && guess === 'utf-8') text = strictUtf8(bytes) ?? response.text;
  else text = response.text;
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** `bytes` as UTF-8, or null when they are not valid UTF-8 (Python's strict `decode`). */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Python's `line L column C`, counted from 1. */
function lineAndColumn(doc: string, pos: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = doc.indexOf('\n'); i !== -1 && i < pos; i = doc.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line} column ${pos - lineStart + 1}`;
}
