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
  file.interactions.forEach((interaction, index) => {
    const problem = interactionProblem(interaction);
    if (problem !== null) throw new Error(`Cassette ${path}: interaction ${index} ${problem}`);
  });
  return [...file.interactions];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function bodyProblem(body: unknown): boolean {
  if (!isObject(body)) return true;
  if (typeof body.text === 'string' || typeof body.base64 === 'string') return false;
  return !(Array.isArray(body.lines) && body.lines.every((line) => typeof line === 'string'));
}

function headersProblem(headers: unknown): boolean {
  if (!isObject(headers)) return true;
  return !Object.values(headers).every(
    (v) => typeof v === 'string' || (Array.isArray(v) && v.every((x) => typeof x === 'string')),
  );
}

/** What is wrong with a hand-edited interaction, or null (checked once, at load, not at each playback). */
function interactionProblem(value: unknown): string | null {
  if (!isObject(value) || !isObject(value.request) || !isObject(value.response)) {
    return 'needs a request and a response object';
  }
  const { request, response } = value;
  if (typeof request.method !== 'string' || typeof request.uri !== 'string')
    return 'request needs a method and a uri';
  if (headersProblem(request.headers)) return 'request.headers must map names to strings (or lists of them)';
  if (request.body !== null && bodyProblem(request.body))
    return 'request.body must be null, { text }, { lines } or { base64 }';
  if (!Number.isInteger(response.status) || typeof response.reason !== 'string') {
    return 'response needs an integer status and a reason';
  }
  if (headersProblem(response.headers))
    return 'response.headers must map names to strings (or lists of them)';
  if (bodyProblem(response.body)) return 'response.body must be { text }, { lines } or { base64 }';
  return null;
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
