// What API Extractor's model leaves out: names a package re-exports from another package
// (reqs re-exports every @reqs/* name) and the contents of `import * as ns` namespaces. The
// TypeScript program over the built declarations says where each exported name is declared.
import { realpathSync } from 'node:fs';
import { join, sep } from 'node:path';
import { commentExamples } from './comment-examples.mjs';
import { ts } from './toolchain.mjs';

/**
 * @typedef {{ name: string, pkgDir: string, originName: string }} Origin
 * @typedef {{ summary: string, examples: string[], members: Origin[] }} NamespaceInfo
 */

/**
 * Every exported name of the package whose declaration lives in another package's folder
 * (among `packageDirs`), and each namespace export's module comment and members.
 * @param {string} pkgDir
 * @param {string[]} packageDirs the folders of every package the reference covers
 * @returns {{ reexports: Origin[], namespaces: Map<string, NamespaceInfo> }}
 */
export function exportOrigins(pkgDir, packageDirs) {
  const entry = join(pkgDir, 'dist', 'index.d.ts');
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    types: [],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) return { reexports: [], namespaces: new Map() };
  const dirs = packageDirs.map((dir) => realpathSync(dir) + sep);
  const ownDir = realpathSync(pkgDir) + sep;

  /** @param {import('typescript').Symbol} symbol */
  const originOf = (symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const file = target.declarations?.[0]?.getSourceFile().fileName;
    const real = file && realpathSync(file);
    return { target, file, dir: real ? dirs.find((dir) => real.startsWith(dir)) : undefined };
  };

  const reexports = [];
  const namespaces = new Map();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const { target, dir } = originOf(symbol);
    const declaration = target.declarations?.[0];
    if (declaration && ts.isSourceFile(declaration)) {
      namespaces.set(symbol.name, {
        ...moduleComment(declaration),
        members: checker
          .getExportsOfModule(target)
          .map((member) => ({ member, origin: originOf(member) }))
          .filter(({ origin }) => origin.dir)
          .map(({ member, origin }) => ({
            name: member.name,
            pkgDir: origin.dir.slice(0, -1),
            originName: origin.target.name,
          })),
      });
    } else if (dir && dir !== ownDir) {
      reexports.push({ name: symbol.name, pkgDir: dir.slice(0, -1), originName: target.name });
    }
  }
  return { reexports, namespaces };
}

/**
 * A module's first `/** … *\/` comment, the one before its first statement: its summary (the
 * text before the first tag) and its `@example` blocks.
 * @param {import('typescript').SourceFile} file
 * @returns {{ summary: string, examples: string[] }}
 */
function moduleComment(file) {
  const text = file.getFullText();
  const range = ts.getLeadingCommentRanges(text, 0)?.find((r) => text.startsWith('/**', r.pos));
  if (!range) return { summary: '', examples: [] };
  const raw = text.slice(range.pos, range.end);
  const body = raw
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
  return { summary: body.split(/^\s*@\w+/m)[0].trim(), examples: commentExamples(raw) };
}
