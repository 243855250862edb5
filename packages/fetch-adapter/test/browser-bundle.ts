// Builds test/browser with Vite for the browser (no Node polyfills), recording every Node built-in
// any module of the subset tries to import: the guard and the Chromium test share one build.

import { mkdtempSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const FIXTURE = fileURLToPath(new URL('./browser', import.meta.url));

/** One import of a Node built-in: what was asked for, and by which file. */
export interface BuiltinImport {
  specifier: string;
  importer: string;
}

/** What a browser build produced. */
export interface BrowserBuild {
  /** The directory holding index.html and its assets. */
  outDir: string;
  /** Every `node:` or bare built-in specifier some module imported (statically or dynamically). */
  builtins: BuiltinImport[];
  /** Ids of every module in the output, to spot Vite's `__vite-browser-external` stand-ins. */
  moduleIds: string[];
  /** The emitted JavaScript, every chunk. */
  code: string;
}

/** Records built-ins as they are resolved, before Vite swaps in its browser-external stub. */
function recordBuiltins(found: BuiltinImport[]): Plugin {
  return {
    name: 'record-node-builtins',
    enforce: 'pre',
    resolveId(specifier, importer) {
      if (isBuiltin(specifier)) found.push({ specifier, importer: importer ?? '(entry)' });
      return null;
    },
  };
}

/** Builds the page and the every-export entry, unminified and without tree-shaking. */
export async function buildForBrowser(): Promise<BrowserBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'reqs-browser-'));
  const builtins: BuiltinImport[] = [];
  const result = await build({
    root: FIXTURE,
    configFile: false,
    logLevel: 'silent',
    plugins: [recordBuiltins(builtins)],
    build: {
      outDir,
      emptyOutDir: true,
      minify: false,
      reportCompressedSize: false,
      rollupOptions: {
        input: { index: join(FIXTURE, 'index.html'), every: join(FIXTURE, 'every-export.mjs') },
        treeshake: false,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunks = outputs.filter((o) => o.type === 'chunk');
  return {
    outDir,
    builtins,
    moduleIds: chunks.flatMap((c) => c.moduleIds),
    code: chunks.map((c) => c.code).join('\n'),
  };
}
