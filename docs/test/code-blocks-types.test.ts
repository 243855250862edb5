// Type-checks every runnable ```ts block of the docs and of the READMEs as a user's module would be: strict, ESM
// (`module: nodenext`), against the published declarations of reqs. A typo in an option name
// or a wrong type in an example fails here even when the example happens to run.
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { allCodeBlocks } from './code-blocks.js';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
// Inside docs/ so that `import … from 'reqs'` resolves; .tmp/ is git-ignored.
const scratch = join(docsDir, '.tmp', 'code-block-types');
const tsc = join(docsDir, '..', 'node_modules', '.bin', 'tsc');
const runnable = allCodeBlocks(docsDir).filter((b) => b.norun === undefined);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('every runnable block type-checks (strict, nodenext)', { timeout: 180_000 }, async () => {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const names = new Map<string, string>();
  for (const block of runnable) {
    const file = `${block.page.replaceAll(/[^\w]+/g, '-')}-${block.line}.ts`;
    names.set(file, `${block.page}:${block.line}`);
    writeFileSync(join(scratch, file), `${block.code}\nexport {};\n`);
  }
  const config = {
    compilerOptions: {
      target: 'es2023',
      lib: ['es2023', 'esnext.disposable'],
      module: 'nodenext',
      moduleResolution: 'nodenext',
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    },
    include: ['*.ts'],
  };
  writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify(config));
  const result = await promisify(execFile)(tsc, ['-p', join(scratch, 'tsconfig.json'), '--pretty', 'false'], {
    timeout: 150_000,
  }).then(
    () => '',
    (e: { stdout?: string; message: string }) => e.stdout || e.message,
  );
  // Name each error by its page and line, not by the scratch file.
  const errors = result
    .split('\n')
    .filter(Boolean)
    .map((line) =>
      line.replace(/^([^()]+)\((\d+),\d+\)/, (_, file: string, row: string) => {
        const block = names.get(file.split(/[\\/]/).pop() ?? '') ?? file;
        const [page, start] = block.split(':');
        return `${page}:${Number(start) + Number(row)}`;
      }),
    );
  expect(errors).toEqual([]);
  expect(runnable.length).toBeGreaterThan(30);
});
