// reqs in a browser: the subset (core, session, auth, cookies, multipart, encoding, fetch-adapter)
// bundled by Vite for the browser with no Node polyfills carries no Node built-in.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserBuild, buildForBrowser } from './browser-bundle.js';

// A Vite build of the subset takes a few seconds; two loaded cores, so bounds are generous.
const BUILD_TIMEOUT = 120_000;

let bundle: BrowserBuild;

beforeAll(async () => {
  bundle = await buildForBrowser();
}, BUILD_TIMEOUT);

afterAll(() => {
  if (bundle) rmSync(bundle.outDir, { recursive: true, force: true });
});

describe('the browser bundle', () => {
  it('imports no Node built-in, from any module of the subset', () => {
    expect(bundle.builtins).toEqual([]);
    expect(bundle.moduleIds.filter((id) => id.includes('vite-browser-external'))).toEqual([]);
  });

  it('holds every package of the subset, and nothing that needs Node', () => {
    const ids = bundle.moduleIds.join('\n');
    for (const name of ['core', 'session', 'auth', 'cookies', 'multipart', 'encoding', 'fetch-adapter'])
      expect(ids).toContain(`/packages/${name}/dist/index.js`);
    // tough-cookie is required lazily where the runtime can (Node, Bun, Deno); undici never.
    expect(ids).not.toMatch(/node_modules\/(tough-cookie|tldts|undici)\//);
    expect(bundle.code).not.toMatch(/\brequire\(|from ["']node:/);
  });
});
