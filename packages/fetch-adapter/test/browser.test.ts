// reqs in a browser: the subset (core, session, auth, cookies, multipart, encoding, fetch-adapter)
// bundled by Vite for the browser with no Node polyfills carries no Node built-in, and the built
// page runs its requests against httpbin (another origin, answering CORS) in headless Chromium
// (Debian's `chromium`, driven by playwright-core; no browser is downloaded).
import { existsSync, rmSync } from 'node:fs';
import { startServer } from '@reqs/httpbin';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserBuild, buildForBrowser } from './browser-bundle.js';
import { serveFiles } from './static-files.js';

// A Vite build of the subset takes a few seconds; two loaded cores, so bounds are generous.
const BUILD_TIMEOUT = 120_000;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];
// The page's requests take well under a second; the browser's start a few on a loaded machine.
const PAGE_TIMEOUT = 30_000;

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

describe('the built page in Chromium', () => {
  it('sends a GET with params, a JSON POST and a multipart upload to httpbin on another origin', {
    timeout: 3 * PAGE_TIMEOUT + 10_000,
  }, async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} (apt-get install chromium)`).toBe(true);
    const httpbin = await startServer();
    const site = await serveFiles(bundle.outDir);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      timeout: PAGE_TIMEOUT,
    });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // Chromium logs each 4xx answer as a failed load: Digest's 401 challenge is expected.
        if (message.type() === 'error' && !/status of 401 /.test(message.text())) errors.push(message.text());
      });
      await page.goto(`${site.url}/index.html?httpbin=${encodeURIComponent(httpbin.url)}`, {
        timeout: PAGE_TIMEOUT,
      });
      await page.waitForFunction(() => '__results' in globalThis || '__failure' in globalThis, null, {
        timeout: PAGE_TIMEOUT,
      });
      const failure = await page.evaluate(() => (globalThis as { __failure?: string }).__failure);
      expect({ failure, errors }).toEqual({ failure: undefined, errors: [] });
      const results = await page.evaluate(() => (globalThis as { __results?: unknown }).__results);
      expect(results).toEqual({
        getArgs: { q: 'a b', n: ['1', '2'] },
        getStatus: 200,
        getOk: true,
        getContentType: 'application/json',
        contentIsBytes: true,
        rawIsNull: true,
        postJson: { x: [1, 2], s: 'é' },
        postContentType: 'application/json',
        uploadForm: { field: 'value' },
        uploadFiles: { file: 'file contents', bytes: 'hi', text: 'texte é' },
        uploadContentType: 'multipart/form-data',
        basic: { authenticated: true, user: 'user' },
        // Digest's 401 and its answer, hashed by the portable SHA-256 (a browser has no node:crypto).
        digest: [200, 1, { authenticated: true, user: 'user' }],
        streamedBytes: 20_000,
        utf8Text: true,
        detected: 'utf-8',
        headersAreCaseInsensitive: true,
        proxyRefused: { name: 'FetchUnsupportedError', message: expect.stringContaining('prox') },
        certRefused: { name: 'FetchUnsupportedError', message: expect.stringContaining('cert') },
        unsupportedIsNamed: 'FetchUnsupportedError',
      });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await site.close();
      await httpbin.close();
    }
  });
});
