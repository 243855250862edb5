/**
 * What `files` (and a `FormData` given as `data`) hold, as the field and file lists the
 * multipart encoder takes: an object or pairs (as Requests), a `Map` (the object it holds),
 * or a `FormData` (its strings are fields, its `File`s files, as fetch sends it).
 */
import type { FileSpec } from '../multipart-encoder.js';
import { describeValue } from '../options/describe-value.js';
import type { FilesInit } from '../request-init.js';
import type { Scalar } from '../scalar.js';

/** Form fields and files, in the encoder's shape. */
export interface MultipartInput {
  fields: Array<readonly [string, Scalar]>;
  files: Array<readonly [string, FileSpec]>;
}

/** True for a fetch `FormData` (the global one, or any object that answers like it). */
export function isFormData(value: unknown): value is FormData {
  if (typeof value !== 'object' || value === null) return false;
  if (typeof FormData === 'function' && value instanceof FormData) return true;
  return (
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === 'FormData' &&
    typeof (value as { getAll?: unknown }).getAll === 'function'
  );
}

/** A `FormData`'s entries: strings as fields, `File`s as files named by their `name`. */
export function formDataParts(
  form: FormData,
  into: MultipartInput = { fields: [], files: [] },
): MultipartInput {
  for (const [name, value] of form) {
    if (typeof value === 'string') into.fields.push([name, value]);
    else into.files.push([name, [value.name, value]]);
  }
  return into;
}

/** True when `files` has nothing to send (Python's `not files`). */
export function isEmptyFiles(files: FilesInit | Map<string, FileSpec> | FormData): boolean {
  if (Array.isArray(files)) return files.length === 0;
  if (files instanceof Map) return files.size === 0;
  if (isFormData(files)) return files.keys().next().done === true;
  // Something else (a Set, a class instance) is not "no files": filePairs says what is wrong.
  const proto = Object.getPrototypeOf(files);
  return (proto === Object.prototype || proto === null) && Object.keys(files).length === 0;
}

/**
 * `files` as `[field, file]` pairs.
 *
 * @throws TypeError for `files` that is no object, pairs, `Map` or `FormData` (a string, a
 *   number…), or a `Map` key that is not a string — never an empty or garbled body.
 */
export function filePairs(files: unknown): Array<readonly [string, FileSpec]> {
  if (Array.isArray(files)) return files as Array<readonly [string, FileSpec]>;
  if (files instanceof Map) {
    const pairs: Array<readonly [string, FileSpec]> = [];
    for (const [name, file] of files) {
      if (typeof name !== 'string')
        throw new TypeError(
          `Unsupported files: a Map key must be a field name (a string), got ${describeValue(name)}`,
        );
      pairs.push([name, file as FileSpec]);
    }
    return pairs;
  }
  if (typeof files !== 'object' || files === null || isIterableOnly(files))
    throw new TypeError(
      `Unsupported files: ${describeValue(files)} (pass { field: content }, [[field, content], …], a Map or a FormData)`,
    );
  return Object.entries(files as Readonly<Record<string, FileSpec>>);
}

// A Set, a generator, a stream: something to iterate, not a mapping of fields.
function isIterableOnly(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) return false;
  return typeof (value as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function' || value instanceof Set;
}
