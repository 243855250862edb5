// The API reference generator (scripts/api-reference.mjs) over a tiny fixture package: an
// export without a TSDoc summary fails the generation with a message naming the export and its
// file; a documented package gets its page, with signatures, summaries and examples.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const generator = fileURLToPath(new URL('../scripts/api-reference.mjs', import.meta.url));
// API Extractor starts a TypeScript program per package: seconds, more on a loaded machine.
const RUN_TIMEOUT = 120_000;

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A built package `@fixture/widget` whose dist/index.d.ts is `declarations`. */
function fixture(declarations: string): { packages: string; out: string } {
  root = mkdtempSync(join(tmpdir(), 'reqs-api-fixture-'));
  const dir = join(root, 'packages', 'widget');
  mkdirSync(join(dir, 'dist'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: '@fixture/widget',
      version: '0.0.0',
      description: 'A fixture.',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    }),
  );
  writeFileSync(join(dir, 'dist', 'index.d.ts'), declarations);
  return { packages: join(root, 'packages'), out: join(root, 'api') };
}

function generate(paths: { packages: string; out: string }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [generator, '--packages', paths.packages, '--out', paths.out],
      { timeout: RUN_TIMEOUT },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the API reference generator', () => {
  it(
    'fails on an export without a TSDoc summary, naming the export and its file',
    async () => {
      const paths = fixture(
        [
          '/** Makes a widget. */',
          'export declare function make(): void;',
          'export declare function bare(): void;',
          '/** @example new Gadget() */',
          'export declare class Gadget {}',
          '',
        ].join('\n'),
      );
      const { code, stderr } = await generate(paths);
      expect(code).toBe(1);
      expect(stderr).toContain(
        'packages/widget/dist/index.d.ts: @fixture/widget exports `bare` (function) without a TSDoc summary',
      );
      // A comment with only an example has no summary either.
      expect(stderr).toContain('@fixture/widget exports `Gadget` (class) without a TSDoc summary');
      expect(stderr).not.toContain('`make`');
      expect(stderr).toContain('2 exports without a TSDoc summary');
      expect(existsSync(paths.out)).toBe(false);
    },
    RUN_TIMEOUT + 10_000,
  );

  it(
    'writes a page for a documented package: signatures, summaries, parameters, examples, links',
    async () => {
      const paths = fixture(
        [
          '/**',
          ' * Makes a {@link Gadget}.',
          ' * @param size - how big, in `<mm>`',
          ' * @example',
          ' * const g = make(3);',
          ' */',
          'export declare function make(size: number): Gadget;',
          '/** A gadget. @example new Gadget().start(); */',
          'export declare class Gadget {',
          '  /** Turns it on. @example g.start(); */',
          '  start(): void;',
          '}',
          '',
        ].join('\n'),
      );
      const { code, stdout, stderr } = await generate(paths);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const page = readFileSync(join(paths.out, 'widget.md'), 'utf8');
      expect(page).toContain('# @fixture/widget');
      expect(page).toContain('## make {#make}');
      expect(page).toContain('export declare function make(size: number): Gadget;');
      expect(page).toContain('Makes a [`Gadget`](#Gadget).');
      expect(page).toContain('- `size` — how big, in `<mm>`');
      expect(page).toContain('```ts\nconst g = make(3);\n```');
      expect(page).toContain('### gadget.start() {#Gadget-start}');
      expect(page).toContain('```ts\ng.start();\n```');
      expect(JSON.parse(readFileSync(join(paths.out, 'packages.json'), 'utf8'))).toEqual([
        { name: '@fixture/widget', link: '/api/widget', exports: ['Gadget', 'make'] },
      ]);
      expect(stdout).toContain('all 3 public names have a summary and an @example');
    },
    RUN_TIMEOUT + 10_000,
  );

  it(
    'fails on a public name without an @example and on a member without a summary, naming each',
    async () => {
      const paths = fixture(
        [
          '/** Makes a widget. @example make(); */',
          'export declare function make(): void;',
          '/** A gadget. */',
          'export declare class Gadget {',
          '  /** Turns it on. */',
          '  start(): void;',
          '  size: number;',
          '}',
          '/** Its options. @example const o: Options = { fast: true }; */',
          'export interface Options {',
          '  fast: boolean;',
          '}',
          '',
        ].join('\n'),
      );
      const { code, stderr } = await generate(paths);
      expect(code).toBe(1);
      expect(stderr).toContain('@fixture/widget: Gadget has no @example');
      expect(stderr).toContain('@fixture/widget: Gadget.start has no @example');
      expect(stderr).not.toContain('make has no');
      expect(stderr).toContain('@fixture/widget: Gadget.size has no TSDoc summary');
      expect(stderr).toContain('@fixture/widget: Options.fast has no TSDoc summary');
      expect(stderr).not.toContain('Gadget.start has no TSDoc summary');
      expect(stderr).toContain(
        '2 of 4 public names (exports, class methods) without an @example, 2 members of exported classes and interfaces without a TSDoc summary',
      );
      expect(existsSync(paths.out)).toBe(false);
    },
    RUN_TIMEOUT + 10_000,
  );
});
