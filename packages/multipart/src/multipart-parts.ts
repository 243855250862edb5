// What a MultipartEncoder is built from.

import type { FileSpec, Scalar } from '@reqs/core';

/**
 * A form field value: strings as UTF-8, numbers as decimal strings, booleans as `true`/`false`, bytes as is.
 * @example
 * new MultipartEncoder({ fields: { name: 'x', count: 3, draft: false, raw: new Uint8Array([1, 2]) } });
 */
export type FieldValue = Scalar | Uint8Array;

/**
 * Form fields (Requests' `data`): an object (an array value repeats the field) or
 * `[name, value]` pairs (repeated names allowed). `null`/`undefined` values are left out.
 * @example
 * new MultipartEncoder({ fields: { tag: ['a', 'b'] } }); // the field twice
 * new MultipartEncoder({ fields: [['tag', 'a'], ['tag', 'b']] }); // the same, as pairs
 */
export type FieldsInit =
  | Readonly<Record<string, FieldValue | readonly FieldValue[] | null | undefined>>
  | Iterable<readonly [name: string, value: FieldValue | readonly FieldValue[] | null | undefined]>;

/**
 * Files (Requests' `files`): an object or `[name, spec]` pairs (repeated names allowed, e.g.
 * several files under `images`). `null`/`undefined` specs are left out.
 * @example
 * new MultipartEncoder({ files: [['images', createReadStream('a.png')], ['images', createReadStream('b.png')]] });
 */
export type FilesInit =
  | Readonly<Record<string, FileSpec | null | undefined>>
  | Iterable<readonly [name: string, file: FileSpec | null | undefined]>;

/**
 * Fields and files, as Requests' `data` and `files`: the fields' parts come first.
 * @example
 * const parts: MultipartParts = { fields: { title: 'x' }, files: { file: ['x.txt', 'contents', 'text/plain'] } };
 * new MultipartEncoder(parts);
 */
export interface MultipartParts {
  /** The plain form fields, as Requests' `data`: their parts come first. */
  fields?: FieldsInit | null | undefined;
  /** The file parts, as Requests' `files`: a name and its content, or `[filename, content, contentType, headers]`. */
  files?: FilesInit | null | undefined;
}

/**
 * One entry of the requests-toolbelt form, where fields and files are mixed in one list and
 * keep their order: a scalar or bytes is a plain field, anything else (a Blob/File, a stream,
 * a `[filename, content, …]` tuple) a file. A `FormData`'s entries fit this shape.
 * @example
 * const form = new FormData();
 * form.append('name', 'x');
 * form.append('file', new File(['hello'], 'hello.txt', { type: 'text/plain' }));
 * new MultipartEncoder(form.entries() as Iterable<FormEntry>);
 */
export type FormEntry = readonly [name: string, value: FieldValue | FileSpec | null | undefined];
