#!/usr/bin/env node
// Consumers' type-check: packs every published package (`pnpm pack`, so exactly the files a
// user downloads), installs the tarballs into a scratch project in a temp dir, and runs tsc
// on scripts/consumer-types/consumer.ts (the public API used as the READMEs show it) and on a
// generated file importing every packed package whole, with strict on, skipLibCheck off, and
// exactOptionalPropertyTypes off, then on.
// Needs `pnpm build` first. Installs from the pnpm store when it can (offline), else from
// the registry for the third-party dependencies only.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const tsc = join(root, 'node_modules', '.bin', 'tsc');

/** The compiler settings a consumer may have: each must type-check the published .d.ts. */
const variants = {
  'strict, exactOptionalPropertyTypes off': { exactOptionalPropertyTypes: false },
  'strict, exactOptionalPropertyTypes on, noUncheckedIndexedAccess on': {
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
  },
};

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim() };
}

/** Every workspace package that is published (not private), from packages/ and apps/. */
function publishedPackages() {
  return ['packages', 'apps']
    .flatMap((group) => readdirSync(join(root, group)).map((name) => join(root, group, name)))
    .filter((pkgDir) => existsSync(join(pkgDir, 'package.json')))
    .map((pkgDir) => ({
      dir: pkgDir,
      manifest: JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')),
    }))
    .filter(({ manifest }) => !manifest.private);
}

/** Whether a package ships declarations (a CLI-only package has none to import). */
const hasTypes = (manifest) => Boolean(manifest.types ?? manifest.exports?.['.']?.types);

/** `pnpm pack` each package into `destination`; returns { name: tarball path }. */
function pack(packages, destination) {
  const tarballs = {};
  for (const { dir, manifest } of packages) {
    const before = new Set(readdirSync(destination));
    const packed = run('pnpm', ['pack', '--pack-destination', destination], dir);
    const created = readdirSync(destination).filter((file) => !before.has(file));
    if (!packed.ok || created.length !== 1) throw new Error(`pnpm pack failed in ${dir}:\n${packed.output}`);
    tarballs[manifest.name] = join(destination, created[0]);
  }
  return tarballs;
}

function writeConsumer(consumerDir, tarballs, typed) {
  const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const fileSpecs = Object.fromEntries(
    Object.entries(tarballs).map(([name, path]) => [name, `file:${path}`]),
  );
  const manifest = {
    name: 'reqs-consumer',
    private: true,
    type: 'module',
    dependencies: fileSpecs,
    devDependencies: { '@types/node': rootManifest.devDependencies['@types/node'] },
  };
  writeFileSync(join(consumerDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  // The tarballs depend on each other by version (^0.0.0): point those at the tarballs too.
  const overrides = Object.entries(fileSpecs).map(([name, spec]) => `  "${name}": "${spec}"`);
  writeFileSync(join(consumerDir, 'pnpm-workspace.yaml'), `overrides:\n${overrides.join('\n')}\n`);
  copyFileSync(join(root, 'scripts', 'consumer-types', 'consumer.ts'), join(consumerDir, 'consumer.ts'));
  // Every packed package with declarations imported whole, so a package added later is checked too.
  const imports = typed.map((name, i) => `export * as package${i} from '${name}';`);
  writeFileSync(join(consumerDir, 'every-package.ts'), `${imports.join('\n')}\n`);
}

function install(consumerDir) {
  const offline = run('pnpm', ['install', '--offline'], consumerDir);
  if (offline.ok) return;
  const online = run('pnpm', ['install', '--prefer-offline'], consumerDir);
  if (!online.ok)
    throw new Error(`pnpm install of the tarballs failed:\n${offline.output}\n${online.output}`);
}

function typecheck(consumerDir, label, options) {
  const compilerOptions = {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2022', 'esnext.disposable'],
    types: ['node'],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    ...options,
  };
  writeFileSync(
    join(consumerDir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions, files: ['consumer.ts', 'every-package.ts'] }),
  );
  const result = run(tsc, ['-p', 'tsconfig.json', '--pretty', 'false'], consumerDir);
  console.log(`${result.ok ? 'ok  ' : 'FAIL'} tsc (${label})`);
  if (!result.ok) console.log(result.output);
  return result.ok;
}

const work = mkdtempSync(join(tmpdir(), 'reqs-consumer-types-'));
let ok = true;
try {
  const tarballDir = join(work, 'tarballs');
  const consumerDir = join(work, 'consumer');
  for (const dir of [tarballDir, consumerDir]) spawnSync('mkdir', ['-p', dir]);
  const packages = publishedPackages();
  const tarballs = pack(packages, tarballDir);
  console.log(`packed ${Object.keys(tarballs).join(', ')}`);
  const typed = packages.filter(({ manifest }) => hasTypes(manifest)).map(({ manifest }) => manifest.name);
  writeConsumer(consumerDir, tarballs, typed);
  install(consumerDir);
  for (const [label, options] of Object.entries(variants)) ok = typecheck(consumerDir, label, options) && ok;
} catch (error) {
  console.log(String(error instanceof Error ? error.message : error));
  ok = false;
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(ok ? 0 : 1);
