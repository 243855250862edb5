// Type-checks every runnable ```ts block of the docs and of the READMEs as a user's module would be: strict, ESM
// (`module: nodenext`), against the published declarations of reqs. A typo in an option name
// or a wrong type in an example fails here even when the example happens to run.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { allCodeBlocks } from './code-blocks.js';
import { typeCheckScratch } from './type-check-scratch.js';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
// Inside docs/ so that `import … from 'reqs'` resolves; .tmp/ is git-ignored.
const scratch = join(docsDir, '.tmp', 'code-block-types');
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
  // Name each error by its page and line, not by the scratch file.
  const errors = (await typeCheckScratch(scratch, { dom: false, timeout: 150_000 })).map(
    ({ file, row, text }) => {
      const block = names.get(file);
      if (!block) return `${file}${text}`;
      const [page, start] = block.split(':');
      return `${page}:${Number(start) + row}${text}`;
    },
  );
  expect(errors).toEqual([]);
  expect(runnable.length).toBeGreaterThan(30);
});
