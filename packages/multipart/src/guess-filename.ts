// The filename Requests would send for content given without one.

import { ReadStream } from 'node:fs';
import { basename } from 'node:path';

/**
 * The basename of a file stream's path, or a File's name; `null` when there is none (the
 * caller then uses the field name, as Requests does). Like Requests' `guess_filename`,
 * names such as `<stdin>` are not file names.
 */
export function guessFilename(content: unknown): string | null {
  let name: unknown = null;
  if (content instanceof ReadStream)
    name = Buffer.isBuffer(content.path) ? content.path.toString() : content.path;
  else if (content instanceof Blob) name = (content as Blob & { name?: unknown }).name;
  if (typeof name !== 'string' || name === '' || name.startsWith('<') || name.endsWith('>')) return null;
  return basename(name);
}
