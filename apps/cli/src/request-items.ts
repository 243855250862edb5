// HTTPie's request items: `Header:Value`, `Header;`, `name==value`, `field=value`, `field:=json`,
// `field@file`, `field=@file`, `field:=@file`. The earliest separator in an item wins, the longest
// one at that position; a backslash makes the next character literal in the key.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { setNestedValue } from './nested-json.js';

/** Separators, longest first at one position. */
const SEPARATORS = [':=@', '=@', ':=', '==', '@', '=', ':', ';'] as const;
type Separator = (typeof SEPARATORS)[number];

/** A file given as `field@path[;type=mime]`. */
export interface FileItem {
  field: string;
  path: string;
  contentType: string | undefined;
}

/** Everything the items of one command line ask for. */
export interface RequestItems {
  /** Header values; `null` removes a default header. */
  headers: [string, string | null][];
  params: [string, string][];
  /** Body fields, in order: JSON values (a string unless `:=`). */
  data: [string, unknown][];
  files: FileItem[];
}

/** Thrown for an item that cannot be read; the message names the item. */
export class ItemError extends Error {
  override name = 'ItemError';
}

/** Splits one item at its separator, unescaping the key. Returns null when there is none. */
export function splitItem(item: string): { key: string; sep: Separator; value: string } | null {
  let key = '';
  for (let i = 0; i < item.length; i++) {
    const ch = item[i]!;
    if (ch === '\\' && i + 1 < item.length) {
      key += item[++i];
      continue;
    }
    const sep = SEPARATORS.find((s) => item.startsWith(s, i));
    if (sep) return { key, sep, value: item.slice(i + sep.length) };
    key += ch;
  }
  return null;
}

/** Parses the items of a command line. */
export function parseRequestItems(items: readonly string[]): RequestItems {
  const parsed: RequestItems = { headers: [], params: [], data: [], files: [] };
  for (const item of items) addItem(parsed, item);
  return parsed;
}

function addItem(parsed: RequestItems, item: string): void {
  const split = splitItem(item);
  if (!split)
    throw new ItemError(
      `'${item}' is not a valid value (expected Header:Value, name==value, field=value, field:=json or field@file)`,
    );
  const { key, sep, value } = split;
  switch (sep) {
    case ':':
      // HTTPie: `Header:` with no value unsets the header (a default one too).
      parsed.headers.push([key, value === '' ? null : value.trim()]);
      return;
    case ';':
      // HTTPie: `Header;` sends the header with an empty value.
      if (value !== '')
        throw new ItemError(`'${item}': use Header; (nothing after the semicolon) for an empty header`);
      parsed.headers.push([key, '']);
      return;
    case '==':
      parsed.params.push([key, value]);
      return;
    case '=':
      setNestedValue(parsed.data, key, value);
      return;
    case ':=':
      setNestedValue(parsed.data, key, parseJson(item, value));
      return;
    case '=@':
      setNestedValue(parsed.data, key, readText(item, value));
      return;
    case ':=@':
      setNestedValue(parsed.data, key, parseJson(item, readText(item, value)));
      return;
    case '@':
      parsed.files.push(fileItem(key, value));
      return;
  }
}

function fileItem(field: string, spec: string): FileItem {
  const match = /;type=([^;]+)$/.exec(spec);
  const path = match ? spec.slice(0, match.index) : spec;
  return { field, path, contentType: match?.[1] };
}

function parseJson(item: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ItemError(`'${item}': ${(error as Error).message}`);
  }
}

function readText(item: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new ItemError(
      `'${item}': cannot read ${basename(path)}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
}
