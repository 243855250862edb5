// The filename Requests would send for content given without one.

import { NodeBuffer, nodeBuiltin } from '@reqs/core';

/** File streams exist only where node:fs does; a browser's files are Blobs (File). */
const ReadStream = nodeBuiltin<typeof import('node:fs')>('node:fs')?.ReadStream;
const paths = nodeBuiltin<typeof import('node:path')>('node:path');

/**
 * The basename of a file stream's path, or a File's name; `null` when there is none (the
 * caller then uses the field name, as Requests does). Like Requests' `guess_filename`,
 * names such as `<stdin>` are not file names.
 * @example
 * guessFilename(createReadStream('/tmp/report.csv')); // 'report.csv'
 * guessFilename(new File(['x'], 'photo.jpg')); // 'photo.jpg'
 * guessFilename(Buffer.from('x')); // null
 */
export function guessFilename(content: unknown): string | null {
  let name: unknown = null;
  if (ReadStream !== undefined && content instanceof ReadStream)
    name = NodeBuffer?.isBuffer(content.path) === true ? content.path.toString() : content.path;
  else if (content instanceof Blob) name = (content as Blob & { name?: unknown }).name;
  if (typeof name !== 'string' || name === '' || name.startsWith('<') || name.endsWith('>')) return null;
  return paths?.basename(name) ?? name.slice(name.lastIndexOf('/') + 1);
}
