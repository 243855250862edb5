/** A file stream given as a body must point at a file that exists: checked before anything is sent. */
import { UnreadableFileError } from '../errors/unreadable-file-error.js';
import { nodeBuiltin } from '../node-builtin.js';
import { isFileStream } from '../super-len.js';

/**
 * Refuses a `createReadStream(path)` body whose path cannot be examined (missing, a dangling
 * link, no permission on a directory) or is a directory, instead of a bare `ENOENT` from inside the stream once
 * the connection is open. Other bodies pass.
 *
 * @param field what the body is, for the message (`data`).
 * @throws UnreadableFileError naming the path and the field, the system error as `cause`.
 */
export function checkFileStream(body: object, field: string): void {
  if (!isFileStream(body)) return;
  try {
    // Only Node has file streams, so node:fs is there.
    const { statSync } = nodeBuiltin<typeof import('node:fs')>('node:fs')!;
    if (statSync(body.path).isDirectory())
      throw Object.assign(new Error('EISDIR: it is a directory'), { code: 'EISDIR' });
  } catch (error) {
    // The stream fails to open on its own soon: release it, and keep that error from crashing.
    const stream = body as { once?: (event: string, listener: () => void) => void; destroy?: () => void };
    stream.once?.('error', () => {});
    stream.destroy?.();
    const why = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError(
      `Cannot read the file '${String(body.path)}' for field '${field}': ${why}`,
      {
        cause: error,
      },
    );
  }
}
