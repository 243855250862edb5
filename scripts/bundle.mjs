#!/usr/bin/env node
// Bundles a package's tsc output into one runtime file (issue 8: cold `import('reqs')`).
//
// Run from a package directory after `tsc -p tsconfig.json`:
//   "build": "tsc -p tsconfig.json && node ../../scripts/bundle.mjs"
// It reads dist/index.js and every module it reaches by a relative import, writes them as one
// ESM file dist/index.js (+ dist/index.js.map, chained through tsc's maps back to src/*.ts), and
// deletes every other .js/.js.map in dist. Every .d.ts/.d.ts.map stays: `exports` types
// still point at tsc's declarations. Every bare specifier (node: builtins, @reqs/*, undici,
// tough-cookie, ioredis…) stays an external import, so packages keep sharing one copy of
// each dependency. dist/index.js stays one level below package.json, so the
// `createRequire(import.meta.url)('../package.json')` version lookups read the same file.
//
// `--standalone` (apps/cli: a command pays for every file it loads, on every run): the
// workspace packages and third-party modules it imports are inlined too; only node: builtins
// and the package's own `dependencies` stay imports. Those `dependencies` are what the inlined
// code loads at run time by name (`createRequire(import.meta.url)('undici/…')`, a lazy
// `import('cli-progress')`), resolved from the bundle's place, so the package must declare them.
// The inlined packages' `../package.json` lookups then read this package's, of the same version
// (one `fixed` changeset group).
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { rolldown } from 'rolldown';

const packageDir = process.cwd();
const distDir = resolve(packageDir, 'dist');
const entry = join(distDir, 'index.js');
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const standalone = process.argv.includes('--standalone');
const runtimeDependencies = Object.keys(packageJson.dependencies ?? {});
const builtins = new Set(builtinModules);

/** The package name of a bare specifier: `undici/lib/x.js` -> `undici`, `@a/b/c` -> `@a/b`. */
function packageOf(id) {
  const parts = id.split('/');
  return id.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Relative and absolute paths are inlined; any bare specifier is a dependency — except with
 * --standalone, where only builtins and the package's own `dependencies` are.
 */
function isExternal(id) {
  if (id.startsWith('.') || isAbsolute(id)) return false;
  if (!standalone) return true;
  return id.startsWith('node:') || builtins.has(id) || runtimeDependencies.includes(packageOf(id));
}

/**
 * Hands rolldown each tsc-emitted file with its source map, so the bundle maps to src/*.ts.
 * `moduleSideEffects: true` overrides the package's `"sideEffects": false` (meant for its
 * consumers; rolldown would apply it inside the package too and drop modules imported only for
 * their effects): the bundle runs every module's top-level code, in import order, as tsc's files did.
 */
const tscSourceMaps = {
  name: 'tsc-source-maps',
  load(id) {
    if (!id.endsWith('.js')) return null;
    // Modules inlined from other packages (--standalone) keep their package's `sideEffects`.
    const moduleSideEffects = id.startsWith(distDir) ? true : null;
    const code = readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    const mapFile = `${id}.map`;
    if (!existsSync(mapFile)) return { code, moduleSideEffects };
    const map = JSON.parse(readFileSync(mapFile, 'utf8'));
    // tsc writes sources relative to the map; make them absolute so rolldown can rebase them.
    map.sources = map.sources.map((source) => resolve(dirname(mapFile), map.sourceRoot ?? '', source));
    delete map.sourceRoot;
    return { code, map, moduleSideEffects };
  },
};

if (!existsSync(entry)) {
  console.error(`bundle: ${relative(process.cwd(), entry)} not found; run tsc first`);
  process.exit(1);
}

const bundle = await rolldown({
  input: entry,
  platform: 'node',
  external: isExternal,
  plugins: [tscSourceMaps],
  transform: { target: 'node20' },
  logLevel: 'warn',
});
const { output } = await bundle.write({
  file: entry,
  format: 'esm',
  sourcemap: true,
});
await bundle.close();

if (output.length !== 2 || output[0].type !== 'chunk') {
  console.error(`bundle: expected one chunk and its map, got ${output.map((o) => o.fileName).join(', ')}`);
  process.exit(1);
}
const chunk = output[0];
const relativeImports = [...chunk.imports, ...chunk.dynamicImports].filter((id) => !isExternal(id));
if (relativeImports.length > 0) {
  console.error(`bundle: dist/index.js still imports ${relativeImports.join(', ')}`);
  process.exit(1);
}
// The bundle is the package's only runtime entry (`exports` "." -> dist/index.js); tsc's
// per-file .js are inlined, type-only (`export {}`) or stale, so none is reachable any more.
let removed = 0;
for (const file of readdirSync(distDir, { recursive: true, encoding: 'utf8' })) {
  if (/\.js(\.map)?$/.test(file) && file !== 'index.js' && file !== 'index.js.map') {
    rmSync(join(distDir, file));
    removed += file.endsWith('.js') ? 1 : 0;
  }
}
console.log(
  `bundle: ${packageJson.name}: ${chunk.moduleIds.length} modules -> dist/index.js (${removed} per-file .js removed)${standalone ? ', standalone' : ''}`,
);
