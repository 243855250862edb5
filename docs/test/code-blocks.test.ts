// Runs every ```ts block of the docs and of the READMEs (root, packages/*, apps/*) against the
// embedded httpbin (standing in for httpbin.org). A block that cannot run carries
// `<!-- norun: why -->`; the reasons are listed, never hidden.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type HttpbinServer, startServer } from '@reqs/httpbin';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { allCodeBlocks } from './code-blocks.js';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
// Inside docs/ so that the blocks' `import … from 'reqs'` resolves; .tmp/ is git-ignored.
const scratch = join(docsDir, '.tmp', 'code-blocks');
const blocks = allCodeBlocks(docsDir);
const startDir = process.cwd();
let httpbin: HttpbinServer;

beforeAll(async () => {
  httpbin = await startServer();
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // Files an example names (`'photo.jpg'`, `'.cache/http.sqlite'`) land in the scratch directory.
  process.chdir(scratch);
});
afterAll(async () => {
  process.chdir(startDir);
  await httpbin?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** The block with httpbin.org pointed at the local server. */
function localized(code: string): string {
  const host = new URL(httpbin.url).host;
  return code
    .replaceAll(/https?:\/\/httpbin\.org/g, httpbin.url)
    .replaceAll('httpbin.org', host.replace(/:\d+$/, ''));
}

describe('the guide has examples', () => {
  it('finds the ```ts blocks of the Quickstart', () => {
    expect(blocks.filter((b) => b.page === join('guide', 'quickstart.md')).length).toBeGreaterThan(10);
  });

  it('finds the ```ts blocks of the READMEs: the root one and those of the packages', () => {
    expect(blocks.filter((b) => b.page === 'README.md').length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b.page === join('packages', 'core', 'README.md')).length).toBeGreaterThan(3);
  });

  it('every block that does not run says why', () => {
    const skipped = blocks.filter((b) => b.norun !== undefined);
    for (const block of skipped) expect(block.norun, `${block.page}:${block.line}`).not.toBe('');
    console.info(
      `${blocks.length - skipped.length} blocks run, ${skipped.length} do not:\n` +
        skipped.map((b) => `  ${b.page}:${b.line} — ${b.norun}`).join('\n'),
    );
  });
});

describe.each(blocks.filter((b) => b.norun === undefined).map((b) => [`${b.page}:${b.line}`, b] as const))(
  '%s',
  (name, block) => {
    it('runs against httpbin', { timeout: 30_000 }, async () => {
      const file = join(scratch, `${name.replaceAll(/[^\w]+/g, '-')}.ts`);
      writeFileSync(file, `${localized(block.code)}\nexport {};\n`);
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      try {
        await import(file);
      } finally {
        log.mockRestore();
      }
    });
  },
);
