// The binary is one standalone file (scripts/bundle.mjs --standalone): the workspace packages and
// libraries it imports are inlined; what the inlined code loads by name at run time must be a
// dependency of @reqs/cli itself, in the range the package that loads it asks for.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';

const readJson = (relative: string) => JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
const cli = readJson('../package.json') as { dependencies: Record<string, string> };

describe('the standalone binary', () => {
  it('imports only node builtins and its own dependencies', () => {
    const bundle = readFileSync(new URL('../dist/index.js', import.meta.url), 'utf8');
    const imported = [...bundle.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]!);
    expect(imported.length).toBeGreaterThan(0);
    const builtins = new Set(builtinModules);
    const foreign = imported.filter(
      (id) => !id.startsWith('node:') && !builtins.has(id) && !(id.split('/')[0]! in cli.dependencies),
    );
    expect(foreign).toEqual([]);
    expect(bundle).not.toMatch(/from "(reqs|@reqs\/[^"]+|commander|picocolors)"/);
  });

  it('declares the run-time dependencies of the packages it inlines, in their ranges', () => {
    const runtime = {
      undici: readJson('../../../packages/adapters/package.json').dependencies.undici,
      'tough-cookie': readJson('../../../packages/cookies/package.json').dependencies['tough-cookie'],
    };
    for (const [name, range] of Object.entries(runtime)) expect(cli.dependencies[name], name).toBe(range);
  });
});
