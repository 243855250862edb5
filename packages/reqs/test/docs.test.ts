// The documentation users get is in this repository: nothing points to a document they do not
// have, every relative link of the reference and the READMEs leads to a file that exists, and
// the install guide's examples hold for plain Node 20 users.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { useHttpbin } from '@reqs/test-servers/httpbin';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const SKIP = new Set(['node_modules', 'dist', '.reports', '.turbo', 'api']);
const TEXT = /\.(ts|mts|mjs|js|md|json)$/;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.test(name)) yield path;
  }
}

const documented = [
  ...['packages', 'apps', 'tools', 'examples', 'docs', 'scripts'].flatMap((dir) => [
    ...files(join(root, dir)),
  ]),
  join(root, 'README.md'),
  join(root, 'CONTRIBUTING.md'),
];

describe('docs belong to the repository', () => {
  it('no source, test, README or doc cites the internal API contract (users do not have it)', () => {
    const outside = 'API' + '.md';
    const citing = documented.filter((path) => readFileSync(path, 'utf8').includes(outside));
    expect(citing.map((path) => relative(root, path))).toEqual([]);
  });

  it('every relative link in the Markdown files leads to an existing file', () => {
    const broken: string[] = [];
    for (const path of documented.filter((p) => p.endsWith('.md'))) {
      for (const [, target] of readFileSync(path, 'utf8').matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target!)) continue;
        if (!existsSync(join(dirname(path), target!))) broken.push(`${relative(root, path)} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('the reference covers options, errors, hooks, layers and divergences', () => {
    const reference = join(root, 'docs', 'reference');
    for (const page of ['options', 'response', 'errors', 'hooks', 'layers', 'divergences']) {
      expect(existsSync(join(reference, `${page}.md`)), page).toBe(true);
    }
    // The tree of errors is on the guide's Errors page; the reference page links to it.
    expect(readFileSync(join(reference, 'errors.md'), 'utf8')).toContain('../guide/errors.md');
    const errors = readFileSync(join(root, 'docs', 'guide', 'errors.md'), 'utf8');
    for (const name of [
      'ConnectTimeout',
      'ReadTimeout',
      'JSONDecodeError',
      'RetryError',
      'InvalidProxyURL',
    ]) {
      expect(errors).toContain(name);
    }
  });
});

const httpbin = useHttpbin();
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const installGuide = readFileSync(join(root, 'docs', 'guide', 'install.md'), 'utf8');
const codeBlocks = (page: string, lang: string) =>
  [...page.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
/** The lines of a page's examples and tables that use `await using`. */
const awaitUsingLines = (page: string) =>
  [
    ...['ts', 'js'].flatMap((lang) => codeBlocks(page, lang).flatMap((code) => code.split('\n'))),
    ...page.split('\n').filter((line) => line.startsWith('|')),
  ].filter((line) => line.includes('await using'));

describe('the install guide for TypeScript and plain Node 20 users', () => {
  it('says what `await using` needs wherever it uses it (there and in the root README)', () => {
    expect(awaitUsingLines(installGuide).length).toBeGreaterThan(0);
    const lines = [...awaitUsingLines(installGuide), ...awaitUsingLines(readme)];
    const silent = lines.filter((line) => !/Node ≥ 24|finally/.test(line));
    expect(silent).toEqual([]);
    expect(installGuide).toContain('@types/node');
    expect(installGuide).toContain('esnext.disposable');
  });

  it('is where the root README sends TypeScript users', () => {
    expect(readme).toContain('(docs/guide/install.md)');
  });

  it('gives a try/finally example that runs on this Node as a plain .mjs', async () => {
    const plain = codeBlocks(installGuide, 'js').find((code) => code.includes('finally'));
    expect(plain).toBeDefined();
    expect(plain).not.toContain('await using');
    // Inside the package, so that `import … from 'reqs'` resolves to it (a self-reference).
    const file = join(root, 'packages', 'reqs', `.readme-example-${process.pid}.mjs`);
    writeFileSync(file, plain!.replaceAll('https://httpbin.org', httpbin.url));
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [file], { timeout: 10_000 });
      expect(stdout.match(/^\{/gm)).toHaveLength(20); // the 20 streamed JSON lines, logged
    } finally {
      rmSync(file, { force: true });
    }
  });
});
