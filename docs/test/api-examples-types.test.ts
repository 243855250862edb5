// Type-checks every `@example` of the generated API reference (docs/api/*.md, written by
// scripts/api-reference.mjs from the packages' TSDoc) as a user's module would be: strict, ESM,
// against the published declarations. An example is a fragment of a program: it runs in a block
// after a preamble that imports the public names and declares the variables examples lean on
// (`s` a Session, `r` a Response, `jar` a RequestsCookieJar, …), so that a wrong option name,
// method or type in an example fails here.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { typeCheckScratch } from './type-check-scratch.js';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const apiDir = join(docsDir, 'api');
// Inside docs/ so that the packages resolve; .tmp/ is git-ignored.
const scratch = join(docsDir, '.tmp', 'api-example-types');

/** The names examples use without declaring them: variables of the public types, and a test runner's globals. */
const declared: Record<string, string> = {
  s: "import('reqs').Session",
  session: "import('reqs').Session",
  r: "import('reqs').Response",
  response: "import('reqs').Response",
  p: "import('reqs').PreparedRequest",
  prepared: "import('reqs').PreparedRequest",
  next: "import('reqs').PreparedRequest",
  request: "import('reqs').PreparedRequest",
  options: "import('reqs').SendOptions",
  url: 'string',
  urls: 'string[]',
  a: 'string',
  b: 'string',
  key: 'string',
  data: 'Record<string, string>',
  credentials: 'Record<string, string>',
  jar: "import('reqs').RequestsCookieJar",
  otherJar: "import('reqs').RequestsCookieJar",
  cookie: "import('reqs').Cookie",
  mock: "import('@reqs/mock').MockAdapter",
  cache: "import('@reqs/cache').HttpCache",
  adapter: "import('@reqs/cache').CacheAdapter",
  retry: "import('reqs').Retry",
  app: "import('node:http').RequestListener",
  expressApp: "import('node:http').RequestListener",
  file: "import('node:fs').WriteStream",
  fetchUser: "(session: import('reqs').Session) => Promise<unknown>",
  MyAdapter: "new () => import('reqs').Adapter",
  cachedResponse: "(prepared: import('reqs').PreparedRequest) => import('reqs').Response",
  logUrl: "import('reqs').ResponseHook",
  logStatus: "import('reqs').ResponseHook",
  logBody: "import('reqs').ResponseHook",
  hmac: '(text: string) => string',
  out: 'string[]',
  sendHop: "import('@reqs/session').SendHop",
  makeEmptyStore: "() => Promise<import('@reqs/cache').CacheStore>",
  waitForJob: "(session: import('reqs').Session, id: number) => Promise<void>",
  describe: '(name: string, fn: () => unknown) => void',
  it: '(name: string, fn: () => unknown) => void',
  expect:
    '(value: unknown) => { toBe(expected: unknown): void; toEqual(expected: unknown): void; rejects: { toThrow(expected?: unknown): Promise<void> } }',
  beforeEach: '(fn: () => unknown) => void',
  afterEach: '(fn: () => unknown) => void',
  afterAll: '(fn: () => unknown) => void',
};

const nodeImports = `
import { randomUUID } from 'node:crypto';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { RequestListener } from 'node:http';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
`;

/**
 * Every exported name of every package, imported once (reqs first, then core, then the rest:
 * `reqs`' `Session` and `Response` win), and the default `requests`; names the examples declare
 * as variables, and `delete` (a keyword), are left out.
 */
function packageImports(): string {
  const listing = JSON.parse(readFileSync(join(apiDir, 'packages.json'), 'utf8')) as {
    name: string;
    exports: string[];
  }[];
  const order = (name: string) => (name === 'reqs' ? 0 : name === '@reqs/core' ? 1 : 2);
  const taken = new Set([...Object.keys(declared), 'delete', 'requests']);
  const lines = ["import requests from 'reqs';"];
  for (const pkg of [...listing].sort((x, y) => order(x.name) - order(y.name))) {
    const names = pkg.exports.filter((name) => !taken.has(name));
    for (const name of names) taken.add(name);
    if (names.length > 0) lines.push(`import { ${names.join(', ')} } from '${pkg.name}';`);
  }
  return lines.join('\n');
}

const declarations = Object.entries(declared)
  .map(([name, type]) => `declare const ${name}: ${type};`)
  .join('\n');

interface Example {
  readonly where: string;
  readonly code: string;
}

/** The ```ts block after each `**Example**` of a generated page, named by page and section. */
function examplesOf(page: string): Example[] {
  const lines = readFileSync(join(apiDir, page), 'utf8').split('\n');
  const found: Example[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const heading = /^#{2,3} .*\{#([\w-]+)\}$/.exec(lines[i] ?? '');
    if (heading) section = heading[1] ?? '';
    if (lines[i] !== '**Example**' || lines[i + 2] !== '```ts') continue;
    const end = lines.findIndex((text, j) => j > i + 2 && text === '```');
    found.push({ where: `api/${page}#${section}`, code: lines.slice(i + 3, end).join('\n') });
    i = end;
  }
  return found;
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('every example of the API reference type-checks (strict, nodenext)', { timeout: 240_000 }, async () => {
  expect(
    existsSync(join(apiDir, 'packages.json')),
    'docs/api is generated by `pnpm --filter @reqs/docs build`',
  ).toBe(true);
  const examples = readdirSync(apiDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .flatMap(examplesOf);
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  // Each scratch file's example, and the file's line that holds the example's first line.
  const names = new Map<string, { where: string; firstRow: number }>();
  const preamble = `${nodeImports}${packageImports()}\n`;
  const rowsOf = (text: string) => text.split('\n').length - 1;
  examples.forEach((example, index) => {
    const file = `example-${index}.ts`;
    // An example with its own imports is a module of its own; a fragment runs in a block after the preamble.
    const lines = example.code.split('\n');
    const imports = lines.filter((line) => line.startsWith('import '));
    const body = lines.filter((line) => !line.startsWith('import ')).join('\n');
    const head = imports.length > 0 ? `${imports.join('\n')}\n` : preamble;
    // The imports were lifted out of the example's top: count them back in its line numbers.
    names.set(file, {
      where: example.where,
      firstRow: rowsOf(head) + rowsOf(declarations) + 3 - imports.length,
    });
    writeFileSync(join(scratch, file), `${head}${declarations}\n{\n${body}\n}\nexport {};\n`);
  });
  const errors = (await typeCheckScratch(scratch, { dom: true, timeout: 200_000 })).map(
    ({ file, row, text }) => {
      const example = names.get(file);
      return example ? `${example.where} (line ${row - example.firstRow + 1})${text}` : `${file}${text}`;
    },
  );
  expect(errors).toEqual([]);
  expect(examples.length).toBeGreaterThan(200);
});
