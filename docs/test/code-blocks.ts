// Finds the ```ts blocks of the guide's Markdown pages and of the repository's READMEs, with the
// `<!-- norun: why -->` marker a block carries (on the line before its fence) when it cannot run
// in the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One ```ts block of a page. */
export interface CodeBlock {
  /** The page, relative to docs/ (a README: relative to the repository root). */
  readonly page: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** Why the block cannot run, from its marker; undefined when it runs. */
  readonly norun: string | undefined;
}

const fence = /^```(ts|typescript)\s*$/;
const norunMarker = /^<!--\s*norun:(.*?)-->\s*$/;

/**
 * Every Markdown page under `docsDir`, skipping node_modules, test/, the build, and api/ (the
 * generated API reference: signatures, and TSDoc examples that are fragments of a program).
 */
export function markdownPages(docsDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (['node_modules', 'test', '.vitepress', 'api', '.tmp'].includes(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) found.push(relative(docsDir, path));
    }
  };
  walk(docsDir);
  return found.sort();
}

/** The ```ts blocks of one page, in order. */
export function codeBlocks(docsDir: string, page: string): CodeBlock[] {
  const lines = readFileSync(join(docsDir, page), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!fence.test(lines[i] ?? '')) continue;
    const end = lines.findIndex((text, j) => j > i && text.startsWith('```'));
    if (end === -1) throw new Error(`${page}:${i + 1}: a \`\`\`ts block is never closed`);
    const marker = norunMarker.exec(lines[i - 1] ?? '');
    blocks.push({
      page,
      line: i + 1,
      code: lines.slice(i + 1, end).join('\n'),
      norun: marker ? (marker[1] ?? '').trim() : undefined,
    });
    i = end;
  }
  return blocks;
}

/** The READMEs users read beside the site: the root one and those of packages/* and apps/*. */
export function readmePages(rootDir: string): string[] {
  const inside = (dir: string): string[] =>
    readdirSync(join(rootDir, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(rootDir, dir, entry.name, 'README.md')))
      .map((entry) => join(dir, entry.name, 'README.md'));
  return ['README.md', ...inside('packages').sort(), ...inside('apps').sort()];
}

/** Every ```ts block of the docs' pages and of the READMEs (`docsDir` is the docs/ package). */
export function allCodeBlocks(docsDir: string): CodeBlock[] {
  const rootDir = join(docsDir, '..');
  return [
    ...markdownPages(docsDir).flatMap((page) => codeBlocks(docsDir, page)),
    ...readmePages(rootDir).flatMap((page) => codeBlocks(rootDir, page)),
  ];
}
