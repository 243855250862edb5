/** getEncodingsFromContent: the charsets an HTML or XML document declares, as Requests finds them. */
import { type DeclarationPattern, DeclarationScanner, type ValueReader } from './declaration-scanner.js';

const QUOTE = /["']/;

/** Python's `re.I` folds `ſ` to `s` and `K` to `k`; JavaScript's `iu` does the same. */
const CHARSET_KEY = /charset=/giu;

/** `["']*(.+?)["'>]`: quotes are skipped greedily, giving back what the value needs. */
const quotedValue: ValueReader = (scanner, valueStart, lineEnd) => {
  const { content } = scanner;
  let quotes = 0;
  while (valueStart + quotes < lineEnd && QUOTE.test(content.charAt(valueStart + quotes))) quotes++;
  const start = valueStart + quotes;
  if (start < lineEnd) {
    const end = scanner.terminator(start + 1, lineEnd);
    if (end !== -1) return { start, end };
    // With one quote given back, the value is that quote, ended by a `>` right after it.
    if (quotes >= 1 && content.charAt(start) === '>') return { start: start - 1, end: start };
  }
  // With two given back, the value is the first of them, ended by the second.
  return quotes >= 2 ? { start: start - 2, end: start - 1 } : null;
};

/** `["']*;?charset=(.+?)["'>]` after `content=`: the charset must follow at once. */
const pragmaValue: ValueReader = (scanner, valueStart, lineEnd) => {
  const { content } = scanner;
  let at = valueStart;
  while (at < lineEnd && QUOTE.test(content.charAt(at))) at++;
  if (content.charAt(at) === ';') at++;
  const sticky = /charset=/iuy;
  sticky.lastIndex = at;
  if (!sticky.test(content)) return null;
  const start = at + 'charset='.length;
  if (start >= lineEnd) return null;
  const end = scanner.terminator(start + 1, lineEnd);
  return end === -1 ? null : { start, end };
};

/** Requests' `charset_re`: `<meta.*?charset=["']*(.+?)["'>]`, case-insensitive. */
const META_CHARSET: DeclarationPattern = {
  opener: /<meta/giu,
  key: CHARSET_KEY,
  keyLength: 'charset='.length,
  readValue: quotedValue,
};

/** Requests' `pragma_re`: `<meta.*?content=["']*;?charset=(.+?)["'>]`, case-insensitive. */
const META_PRAGMA: DeclarationPattern = {
  opener: /<meta/giu,
  key: /content=/giu,
  keyLength: 'content='.length,
  readValue: pragmaValue,
};

/** Requests' `xml_re`: `^<\?xml.*?encoding=["']*(.+?)["'>]`, case-sensitive, at the very start. */
const XML_DECLARATION: DeclarationPattern = {
  opener: /^<\?xml/g,
  key: /encoding=/g,
  keyLength: 'encoding='.length,
  readValue: quotedValue,
};

/**
 * The encodings a document declares, as Requests' `get_encodings_from_content` returns them:
 * every `<meta charset=…>` value, then every `<meta content="charset=…">` value, then the XML
 * declaration's `encoding`, in document order within each kind and with duplicates kept. Names
 * are returned as written (not validated or normalised). Runs in linear time, whatever the input.
 *
 * @example
 * getEncodingsFromContent('<meta charset="utf-8">'); // ['utf-8']
 * getEncodingsFromContent('<?xml version="1.0" encoding="ISO-8859-1"?>'); // ['ISO-8859-1']
 */
export function getEncodingsFromContent(content: string): string[] {
  const scanner = new DeclarationScanner(content);
  return [
    ...scanner.findAll(META_CHARSET),
    ...scanner.findAll(META_PRAGMA),
    ...scanner.findAll(XML_DECLARATION),
  ];
}
