/** Reading and writing cassette files: one pretty-printed JSON file, keys in a stable order. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CassetteFile, Interaction } from './interaction.js';

/**
 * The interactions of the cassette at `path`, or null when there is no such file.
 * @throws Error when the file is not a cassette (names the path and what is wrong).
 */
export async function readCassette(path: string): Promise<Interaction[] | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let file: Partial<CassetteFile>;
  try {
    file = JSON.parse(text) as Partial<CassetteFile>;
  } catch (error) {
    throw new Error(`Cassette ${path} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  if (file?.reqsCassette !== 1 || !Array.isArray(file.interactions)) {
    throw new Error(
      `Cassette ${path} is not a reqs cassette (expected { "reqsCassette": 1, "interactions": [...] })`,
    );
  }
  return [...file.interactions];
}

/**
 * Writes the cassette: two-space JSON and a final newline, keys in the order they were
 * recorded in (fixed for the envelope, request and response; as received for headers), so a
 * re-recording diffs line by line. Written to a temporary file, then renamed into place.
 */
export async function writeCassette(path: string, interactions: readonly Interaction[]): Promise<void> {
  const file: CassetteFile = { reqsCassette: 1, interactions };
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`);
  await rename(temporary, path);
}
