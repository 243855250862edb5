// Type-checks a scratch folder of example modules as a user's project would: strict, ESM
// (`module: nodenext`), against the published declarations (the folder sits inside docs/ so the
// packages resolve). Shared by the guide's code-block check and the API reference's example check.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const tsc = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));

/** One compiler error: the scratch file's name, its line (1-based) and the rest of tsc's line. */
export interface ScratchError {
  file: string;
  row: number;
  text: string;
}

/**
 * Runs tsc over every `*.ts` of `scratch` and returns its errors (none when the folder checks).
 * `dom` adds the DOM library, for examples that use `File`, `Blob` or `fetch` types.
 */
export async function typeCheckScratch(
  scratch: string,
  options: { dom: boolean; timeout: number },
): Promise<ScratchError[]> {
  const compilerOptions = {
    target: 'es2023',
    lib: ['es2023', 'esnext.disposable', ...(options.dom ? ['dom'] : [])],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: ['node'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ compilerOptions, include: ['*.ts'] }));
  const output = await promisify(execFile)(tsc, ['-p', join(scratch, 'tsconfig.json'), '--pretty', 'false'], {
    timeout: options.timeout,
  }).then(
    () => '',
    (e: { stdout?: string; message: string }) => e.stdout || e.message,
  );
  return output
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const at = /^([^()]+)\((\d+),\d+\)(.*)$/.exec(line);
      if (!at) return { file: '', row: 0, text: line };
      return { file: (at[1] ?? '').split(/[\\/]/).pop() ?? '', row: Number(at[2]), text: at[3] ?? '' };
    });
}
