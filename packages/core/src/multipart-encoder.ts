import type { FileHandle } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { PreparedBody } from './body.js';
import type { Scalar } from './scalar.js';

/**
 * The content of one uploaded file: text (as UTF-8), bytes, a Blob or File, a Node or web
 * stream, or an open `FileHandle` (`await fs.promises.open(path)`; read, not closed).
 * @example
 * await requests.post('https://httpbin.org/post', { files: { a: 'text', b: new Uint8Array([1, 2]), c: new Blob(['x']), d: createReadStream('d.bin') } });
 */
export type FileContent = string | Uint8Array | Blob | Readable | ReadableStream<Uint8Array> | FileHandle;

/**
 * One file: its content alone, or `[filename, content, contentType?, headers?]`.
 * A `null` filename makes a plain form field.
 * @example
 * const spec: FileSpec = ['report.csv', createReadStream('report.csv'), 'text/csv', { 'X-Part': '1' }];
 * await requests.post('https://httpbin.org/post', { files: { report: spec } });
 */
export type FileSpec =
  | FileContent
  | readonly [
      filename: string | null,
      content: FileContent,
      contentType?: string | undefined,
      headers?: Readonly<Record<string, string>>,
    ];

/**
 * A multipart body ready to send.
 *
 * @example
 * ```ts
 * import type { EncodedMultipart } from '@reqs/core';
 * import { MultipartEncoder } from '@reqs/multipart';
 *
 * const encoded: EncodedMultipart = new MultipartEncoder().encode([['name', 'report']], [['file', ['a.txt', 'hello']]]);
 * console.log(encoded.contentType, encoded.length); // 'multipart/form-data; boundary=…' and the size
 * ```
 */
export interface EncodedMultipart {
  /** The encoded body, produced part by part as it is read. */
  body: PreparedBody;
  /** `multipart/form-data; boundary=…` */
  contentType: string;
  /** Total size in bytes, or null when a part's size is unknown (the body goes chunked). */
  length: number | null;
}

/**
 * Turns form fields and files into a multipart/form-data body. Synchronous: parts are
 * produced lazily when the body is read. @reqs/multipart implements it.
 *
 * @example
 * import { PreparedRequest } from '@reqs/core';
 * import { MultipartEncoder } from '@reqs/multipart';
 *
 * const p = new PreparedRequest().prepare({
 *   method: 'POST',
 *   url: 'https://httpbin.org/post',
 *   files: { report: ['report.csv', 'a,b\n1,2\n', 'text/csv'] },
 *   multipartEncoder: new MultipartEncoder(),
 * });
 * console.log(p.headers.get('content-type')); // 'multipart/form-data; boundary=…'
 */
export interface MultipartEncoder {
  /**
   * Encodes `fields`, then `files`, as the parts of one body, with its `Content-Type`
   * (boundary included) and its length when every part's size is known.
   */
  encode(
    fields: ReadonlyArray<readonly [name: string, value: Scalar]>,
    files: ReadonlyArray<readonly [name: string, file: FileSpec]>,
  ): EncodedMultipart;
}
