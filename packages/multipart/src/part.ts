// One part of the body: its rendered headers and the source of its content.

import type { FileSpec } from '@reqs/core';
import { BytesSource } from './bytes-source.js';
import { guessFilename } from './guess-filename.js';
import type { FieldValue } from './multipart-parts.js';
import { renderPartHeaders } from './part-headers.js';
import type { PartSource } from './part-source.js';
import { toPartSource } from './to-part-source.js';

/** A part ready to encode. */
export interface Part {
  /** The field name (for messages). */
  readonly name: string;
  /** The header block, blank line included. */
  readonly head: Uint8Array;
  readonly source: PartSource;
}

/** A plain form field: no filename, no Content-Type (as Requests sends `data` fields). */
export function fieldPart(name: string, value: FieldValue): Part {
  const content = value instanceof Uint8Array ? value : String(value);
  const head = renderPartHeaders({ name, filename: null, contentType: null, headers: null });
  return { name, head, source: new BytesSource(content) };
}

/**
 * A part for one `files` entry, or `null` when its content is `null`/`undefined` (Requests
 * skips those). A bare content is named from its path or File name, else from the field.
 */
export function filePart(name: string, spec: FileSpec | null | undefined): Part | null {
  if (spec === null || spec === undefined) return null;
  if (!Array.isArray(spec)) {
    const content = spec as Exclude<FileSpec, readonly unknown[]>;
    return buildFilePart(name, guessFilename(content) ?? name, content, null, null);
  }
  const [filename, content, contentType, headers] = spec as Extract<FileSpec, readonly unknown[]>;
  if (content === null || content === undefined) return null;
  // `undefined` (a JavaScript caller leaving the slot empty) guesses like a bare content.
  const chosen = filename === undefined ? (guessFilename(content) ?? name) : filenameText(filename, name);
  return buildFilePart(name, chosen, content, contentType ?? null, headers ?? null);
}

/**
 * A filename given in a tuple as text: a number or bigint (an id used as a name) is written out;
 * `null` stays null (a plain form field).
 *
 * @throws TypeError naming the field for another type.
 */
function filenameText(filename: unknown, field: string): string | null {
  if (filename === null || typeof filename === 'string') return filename;
  if (typeof filename === 'number' || typeof filename === 'bigint') return String(filename);
  throw new TypeError(
    `Unsupported filename for file '${field}': ${typeof filename} (a filename is a string or null)`,
  );
}

function buildFilePart(
  name: string,
  filename: string | null,
  content: Exclude<FileSpec, readonly unknown[]>,
  contentType: string | null,
  headers: Readonly<Record<string, string>> | null,
): Part {
  const type = contentType ?? (hasContentType(headers) ? null : blobType(content));
  const head = renderPartHeaders({ name, filename, contentType: type, headers });
  return { name, head, source: toPartSource(content, name) };
}

function hasContentType(headers: Readonly<Record<string, string>> | null): boolean {
  return Object.keys(headers ?? {}).some((name) => name.toLowerCase() === 'content-type');
}

// A Blob or File carries its type, as in a browser's FormData; nothing else has one.
function blobType(content: unknown): string | null {
  return content instanceof Blob && content.type !== '' ? content.type : null;
}
