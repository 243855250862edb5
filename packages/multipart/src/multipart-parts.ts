// What a MultipartEncoder is built from.

import type { FileSpec, Scalar } from '@reqs/core';

/** A form field value: strings as UTF-8, numbers as decimal strings, booleans as `true`/`false`, bytes as is. */
export type FieldValue = Scalar | Uint8Array;

/**
 * Form fields (Requests' `data`): an object (an array value repeats the field) or
 * `[name, value]` pairs (repeated names allowed). `null`/`undefined` values are left out.
 */
export type FieldsInit =
  | Readonly<Record<string, FieldValue | readonly FieldValue[] | null | undefined>>
  | Iterable<readonly [name: string, value: FieldValue | readonly FieldValue[] | null | undefined]>;

/**
 * Files (Requests' `files`): an object or `[name, spec]` pairs (repeated names allowed, e.g.
 * several files under `images`). `null`/`undefined` specs are left out.
 */
export type FilesInit =
  | Readonly<Record<string, FileSpec | null | undefined>>
  | Iterable<readonly [name: string, file: FileSpec | null | undefined]>;

/** Fields and files, as Requests' `data` and `files`: the fields' parts come first. */
export interface MultipartParts {
  fields?: FieldsInit | null | undefined;
  files?: FilesInit | null | undefined;
}

/**
 * One entry of the requests-toolbelt form, where fields and files are mixed in one list and
 * keep their order: a scalar or bytes is a plain field, anything else (a Blob/File, a stream,
 * a `[filename, content, …]` tuple) a file. A `FormData`'s entries fit this shape.
 */
export type FormEntry = readonly [name: string, value: FieldValue | FileSpec | null | undefined];
