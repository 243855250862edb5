// A request body from stdin, read only when stdin is a pipe or a file (never a terminal or /dev/null).
import { fstatSync } from 'node:fs';
import type { Readable } from 'node:stream';

/**
 * Reads all of stdin when it carries data; null when it is a terminal, /dev/null or empty. The
 * stream is asked for (`stdin()`) only then: making `process.stdin` costs a command that has no
 * body to read.
 */
export async function readStdinBody(stdin: () => Readable): Promise<Uint8Array | null> {
  let stat: ReturnType<typeof fstatSync>;
  try {
    stat = fstatSync(0);
  } catch {
    return null;
  }
  // A terminal and /dev/null are character devices.
  if (!stat.isFIFO() && !stat.isFile() && !stat.isSocket()) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stdin()) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return body.length === 0 ? null : body;
}
