#!/usr/bin/env node
// `pnpm run docs` (root; `pnpm docs` alone is a pnpm built-in): the API reference of every published package, as Markdown in <repo>/docs/api.
//
// TypeDoc cannot be used here: it needs TypeScript's compiler API, which TypeScript 7 (the
// native compiler this repo builds with) no longer ships (typedoc 0.28 accepts TS 5.0–6.0 as a
// peer). API Extractor depends on its own TypeScript and reads the `.d.ts` files that TS 7
// emitted into each package's `dist/`, so it works with any compiler: it writes one
// `.api.json` doc model per package, and API Documenter turns them into Markdown pages.
// Run after a build (the root script builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const require = createRequire(import.meta.url);
const repo = resolve(import.meta.dirname, '../../..');
const output = join(repo, 'docs', 'api');
const models = mkdtempSync(join(tmpdir(), 'reqs-docs-'));

/** Every non-private package under packages/, with its built declaration entry. */
function publishedPackages() {
  const root = join(repo, 'packages');
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .sort((a, b) => a.manifest.name.localeCompare(b.manifest.name));
}

/** The API Extractor configuration of one package: a doc model only, no report, no rollup. */
function configFor(dir, name) {
  const entry = join(dir, 'dist', 'index.d.ts');
  if (!existsSync(entry)) throw new Error(`${name}: ${entry} is missing; build the package first`);
  const file = name.replace(/^@/, '').replace('/', '-');
  return ExtractorConfig.prepare({
    configObjectFullPath: join(dir, 'api-extractor.json'), // virtual: names the project folder
    packageJsonFullPath: join(dir, 'package.json'),
    configObject: {
      projectFolder: dir,
      mainEntryPointFilePath: entry,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: 'es2023',
            lib: ['es2023', 'esnext.disposable', 'dom'],
            module: 'nodenext',
            moduleResolution: 'nodenext',
            types: ['node'],
            strict: true,
            skipLibCheck: true,
          },
          files: [entry],
        },
      },
      apiReport: { enabled: false },
      docModel: { enabled: true, apiJsonFilePath: join(models, `${file}.api.json`) },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        compilerMessageReporting: { default: { logLevel: 'warning' } },
        extractorMessageReporting: { default: { logLevel: 'none' } },
        tsdocMessageReporting: { default: { logLevel: 'none' } },
      },
    },
  });
}

let failed = 0;
for (const { dir, manifest } of publishedPackages()) {
  const result = Extractor.invoke(configFor(dir, manifest.name), {
    localBuild: true,
    showVerboseMessages: false,
    messageCallback: (message) => {
      // "Analysis will use the bundled TypeScript version …" is expected: that is the point.
      if (message.messageId === 'console-preamble') message.handled = true;
    },
  });
  console.log(`${manifest.name}: ${result.succeeded ? 'doc model written' : 'FAILED'}`);
  if (!result.succeeded) failed += 1;
}

if (failed === 0) {
  rmSync(output, { recursive: true, force: true });
  mkdirSync(output, { recursive: true });
  const manifest = require.resolve('@microsoft/api-documenter/package.json');
  const documenter = join(manifest, '..', JSON.parse(readFileSync(manifest, 'utf8')).bin['api-documenter']);
  const run = spawnSync(process.execPath, [documenter, 'markdown', '-i', models, '-o', output], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) failed += 1;
  else console.log(`API reference: ${join(output, 'index.md')}`);
}
rmSync(models, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
