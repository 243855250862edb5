// Turns what the user gave (Requests' data + files, or a toolbelt-style list) into parts.

import type { FileSpec } from '@reqs/core';
import type { FieldsInit, FieldValue, FilesInit, FormEntry, MultipartParts } from './multipart-parts.js';
import { fieldPart, filePart, type Part } from './part.js';

/**
 * The parts, in order. `{ fields, files }`: every field first, then every file, as Requests'
 * `_encode_files` does. A list of entries: in the order given.
 *
 * @throws TypeError for content that cannot be sent.
 */
export function buildParts(input: MultipartParts | Iterable<FormEntry> | null | undefined): Part[] {
  if (input === null || input === undefined) return [];
  if (isIterable(input)) return entryParts(input);
  return [...fieldParts(input.fields), ...fileParts(input.files)];
}

function fieldParts(fields: FieldsInit | null | undefined): Part[] {
  const parts: Part[] = [];
  for (const [name, value] of pairs(fields)) {
    // Like Requests, a list value repeats the field; null entries are left out.
    const values: readonly (FieldValue | null | undefined)[] = Array.isArray(value) ? value : [value];
    for (const one of values) if (one !== null && one !== undefined) parts.push(fieldPart(name, one));
  }
  return parts;
}

function fileParts(files: FilesInit | null | undefined): Part[] {
  const parts: Part[] = [];
  for (const [name, spec] of pairs(files)) {
    const part = filePart(name, spec as FileSpec | null | undefined);
    if (part !== null) parts.push(part);
  }
  return parts;
}

function entryParts(entries: Iterable<FormEntry>): Part[] {
  const parts: Part[] = [];
  for (const [name, value] of entries) {
    if (value === null || value === undefined) continue;
    const part = isFieldValue(value) ? fieldPart(name, value) : filePart(name, value);
    if (part !== null) parts.push(part);
  }
  return parts;
}

function isFieldValue(value: FieldValue | FileSpec): value is FieldValue {
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || value instanceof Uint8Array;
}

function pairs<V>(init: Iterable<readonly [string, V]> | Readonly<Record<string, V>> | null | undefined) {
  if (init === null || init === undefined) return [];
  return isIterable(init) ? init : Object.entries(init);
}

function isIterable<T>(value: object): value is Iterable<T> {
  return typeof (value as Partial<Iterable<T>>)[Symbol.iterator] === 'function';
}
