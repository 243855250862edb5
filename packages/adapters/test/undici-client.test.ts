import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Client as IndexClient } from 'undici';
import { describe, expect, it } from 'vitest';
import { CLIENT_MODULE, Client, loadUndiciClient } from '../src/undici-client.js';

const require = createRequire(import.meta.url);

describe('undici Client loading', () => {
  it('is the class the undici index exports', () => {
    expect(Client).toBe(IndexClient);
    expect(loadUndiciClient(require)).toBe(IndexClient);
  });

  it('falls back to the index when the internal module is gone or is something else', () => {
    const requireWith = (deep: () => unknown) => (id: string) =>
      id === CLIENT_MODULE ? deep() : require(id);
    const missing = requireWith(() => {
      throw Object.assign(new Error(`Cannot find module '${CLIENT_MODULE}'`), { code: 'MODULE_NOT_FOUND' });
    });
    expect(loadUndiciClient(missing)).toBe(IndexClient);
    expect(loadUndiciClient(requireWith(() => ({ notAClass: true })))).toBe(IndexClient);
  });

  it('the built package loads Client without the undici index', () => {
    const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    const script = [
      `const { HTTPAdapter } = await import(${JSON.stringify(entry)});`,
      'new HTTPAdapter();',
      "const loaded = Object.keys((await import('node:module')).createRequire(import.meta.url).cache);",
      "console.log(JSON.stringify(loaded.filter((file) => file.includes('undici'))));",
    ].join('\n');
    const loaded: string[] = JSON.parse(
      execFileSync(process.execPath, ['--input-type=module', '-e', script], {
        encoding: 'utf8',
        timeout: 30_000,
      }),
    );
    expect(loaded.some((file) => file.endsWith('/lib/dispatcher/client.js'))).toBe(true);
    expect(loaded.filter((file) => /undici\/index\.js$/.test(file))).toEqual([]);
  });
});
