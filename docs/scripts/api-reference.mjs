#!/usr/bin/env node
// Generates the API reference of every published package into docs/api/ (one Markdown page
// per package, built by VitePress with the rest of the site) and fails when an export has no
// TSDoc summary (naming the export and its file), a public name has no `@example`, or a member
// of an exported class or interface has no summary. The packages must be built first: the
// reference is read from their declarations (`turbo run build` builds them before this runs,
// as the docs package's own build).
//
// Why API Extractor and not TypeDoc: both need TypeScript's compiler API, which TypeScript 7
// (this repo's compiler) does not ship. API Extractor brings its own TypeScript and reads the
// `.d.ts` files TS 7 emitted; it writes a doc model (`.api.json`) that this script checks and
// renders. (API Documenter, its own renderer, writes one page per name: over a thousand pages,
// with links VitePress does not resolve.)
//
// Usage: node scripts/api-reference.mjs [--packages <dir>] [--out <dir>]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { exportOrigins } from './api/export-origins.mjs';
import { extractModel } from './api/extract-model.mjs';
import { publishedPackages } from './api/published-packages.mjs';
import { anchorOf, publicName, renderPackage } from './api/render-package.mjs';
import { model as extractorModel } from './api/toolchain.mjs';
import { undocumentedExports, undocumentedMembers, withoutExample } from './api/undocumented.mjs';

const docsDir = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    packages: { type: 'string', default: join(docsDir, '..', 'packages') },
    out: { type: 'string', default: join(docsDir, 'api') },
  },
});
const packagesDir = resolve(values.packages);
const output = resolve(values.out);
const repoRoot = resolve(packagesDir, '..');

const packages = publishedPackages(packagesDir);
const models = mkdtempSync(join(tmpdir(), 'reqs-api-'));
const apiModel = new extractorModel.ApiModel();
/** canonical reference → the raw comment: the `@example` blocks are cut from it. */
const rawComments = new Map();
try {
  for (const pkg of packages) {
    const file = extractModel(pkg, models);
    apiModel.loadPackage(file);
    collectComments(JSON.parse(readFileSync(file, 'utf8')), rawComments);
  }
} finally {
  rmSync(models, { recursive: true, force: true });
}

const slugOf = new Map(packages.map((pkg) => [pkg.dir, pkg.slug]));
const bySlug = new Map(packages.map((pkg) => [pkg.slug, apiModel.tryGetPackageByName(pkg.name)]));
const pages = packages.map((pkg) => {
  const apiPackage = bySlug.get(pkg.slug);
  if (!apiPackage) throw new Error(`${pkg.name}: no doc model`);
  const origins = exportOrigins(
    pkg.dir,
    packages.map((p) => p.dir),
  );
  return { pkg, apiPackage, origins, sourcePath: relative(repoRoot, pkg.dir) };
});

const problems = pages.flatMap(({ apiPackage, origins, sourcePath }) =>
  undocumentedExports(apiPackage, origins.namespaces, sourcePath),
);
if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(
    `API reference: ${problems.length} exports without a TSDoc summary (a /** … */ comment whose first paragraph says what it is)`,
  );
  process.exit(1);
}

// Every public name shows how it is used, and every member of an exported class or interface
// says what it is: both fail the generation like a missing summary.
let names = 0;
const missing = [];
for (const { apiPackage, origins } of pages) {
  const counts = withoutExample(apiPackage, rawComments, origins.namespaces);
  names += counts.names;
  missing.push(...counts.missing.map((name) => `${apiPackage.name}: ${name}`));
}
const bareMembers = pages.flatMap(({ apiPackage }) =>
  undocumentedMembers(apiPackage).map((name) => `${apiPackage.name}: ${name}`),
);
if (missing.length > 0 || bareMembers.length > 0) {
  for (const name of missing) console.error(`${name} has no @example`);
  for (const name of bareMembers) console.error(`${name} has no TSDoc summary`);
  console.error(
    `API reference: ${missing.length} of ${names} public names (exports, class methods) without an @example, ` +
      `${bareMembers.length} members of exported classes and interfaces without a TSDoc summary`,
  );
  process.exit(1);
}

rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
for (const { pkg, apiPackage, origins, sourcePath } of pages) {
  const hrefOf = (/** @type {{ pkgDir: string, originName: string }} */ origin) =>
    exportHref(slugOf.get(origin.pkgDir), origin.originName, pkg.slug);
  const markdown = renderPackage({
    pkg: { ...pkg, sourcePath: relative(output, join(repoRoot, sourcePath)) },
    apiPackage,
    rawComments,
    reexports: origins.reexports.map((o) => ({ name: o.name, href: hrefOf(o) })),
    namespaces: new Map(
      [...origins.namespaces].map(([name, ns]) => [
        name,
        {
          summary: ns.summary,
          examples: ns.examples,
          members: ns.members.map((m) => ({ name: m.name, href: hrefOf(m) })),
        },
      ]),
    ),
    linkTo: (tag, from) => linkHref(tag, from, pkg.slug),
  });
  writeFileSync(join(output, `${pkg.slug}.md`), markdown);
}
writeFileSync(join(output, 'index.md'), indexPage());
// The sidebar's list, and each package's exported names (test/api-examples-types.test.ts imports them).
const listing = pages.map(({ pkg, apiPackage, origins }) => ({
  name: pkg.name,
  link: `/api/${pkg.slug}`,
  exports: [
    ...new Set([
      ...apiPackage.entryPoints[0].members.map(publicName),
      ...origins.reexports.map((o) => o.name),
    ]),
  ].sort(),
}));
writeFileSync(join(output, 'packages.json'), `${JSON.stringify(listing, null, 2)}\n`);

console.log(`API reference: ${pages.length} packages written to ${relative(process.cwd(), output) || '.'}`);
console.log(`API reference: all ${names} public names have a summary and an @example`);

/** Walks the `.api.json` tree: every item's raw `docComment` by its canonical reference. */
function collectComments(node, into) {
  if (node.canonicalReference && node.docComment) into.set(node.canonicalReference, node.docComment);
  for (const member of node.members ?? []) collectComments(member, into);
}

/** The link to an export of a package's page, when that page documents it. */
function exportHref(targetSlug, name, fromSlug) {
  const target = targetSlug && bySlug.get(targetSlug);
  const item = target?.entryPoints[0].members.find((m) => publicName(m) === name);
  if (!item) return undefined;
  return targetSlug === fromSlug ? `#${anchorOf(item)}` : `./${targetSlug}.md#${anchorOf(item)}`;
}

/** Where a `{@link X}` goes: the model resolves it, else a re-export or any package's export of that name. */
function linkHref(tag, from, fromSlug) {
  const ref = tag.codeDestination;
  if (!ref) return undefined;
  const resolved = apiModel.resolveDeclarationReference(ref, from).resolvedApiItem;
  if (resolved) {
    const slug = packages.find((p) => p.name === resolved.getAssociatedPackage()?.name)?.slug;
    if (slug) return slug === fromSlug ? `#${anchorOf(resolved)}` : `./${slug}.md#${anchorOf(resolved)}`;
  }
  const [first] = ref.memberReferences.map((m) => m.memberIdentifier?.identifier);
  if (!first) return undefined;
  for (const slug of [fromSlug, 'core', ...bySlug.keys()]) {
    const href = exportHref(slug, first, fromSlug);
    if (href) return href;
  }
  return undefined;
}

function indexPage() {
  const rows = packages.map(
    (p) => `| [${p.name}](./${p.slug}.md) | ${p.description.replace(/\|/g, '\\|')} |`,
  );
  return [
    '---',
    'title: API reference',
    '---',
    '',
    '# API reference',
    '',
    'Every public name of every package, generated from the TSDoc comments of its declarations',
    '(`pnpm --filter @reqs/docs build`). `reqs` re-exports the names of the packages it wires; each',
    'name is documented with the package that declares it.',
    '',
    '| Package | What it is |',
    '| --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
