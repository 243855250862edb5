// core runs in browsers (issue 19): no module of src imports a Node built-in as a value. Node-only
// features reach them through nodeBuiltin() (process.getBuiltinModule) when used; a type import
// is fine. The whole subset is bundled for the browser by packages/fetch-adapter/test/browser.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src', import.meta.url));
const VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+['"](node:[^'"]+)['"]/gm;

describe('the runtime path of @reqs/core', () => {
  it('imports no node: module (use nodeBuiltin() or NodeBuffer with a portable fallback)', () => {
    const found: string[] = [];
    for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const file = join(entry.parentPath, entry.name);
      for (const match of readFileSync(file, 'utf8').matchAll(VALUE_IMPORT))
        found.push(`${entry.name}: ${match[1]}`);
    }
    expect(found).toEqual([]);
  });
});
