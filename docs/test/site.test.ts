// Builds the site and walks every page in headless Chromium (Debian's `chromium`, driven by
// playwright-core; no browser is downloaded): no console error, no broken internal link or
// anchor, search finds `raiseForStatus`, code blocks have copy buttons, and the layout holds at
// a phone's width.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileFor, serveStatic } from './static-server.js';

const docsDir = fileURLToPath(new URL('..', import.meta.url));
const dist = join(docsDir, '.vitepress', 'dist');
const chromiumPath = '/usr/bin/chromium';
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
];
// Two loaded cores: a build takes about a minute there; bounds are generous, never tight.
const BUILD_TIMEOUT = 480_000;
const PAGE_TIMEOUT = 30_000;

let site: { url: string; close(): Promise<void> };
let browser: Browser;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && e.name !== '404.html')
    .map((e) => relative(dist, join(e.parentPath, e.name)))
    .sort();
}

/** Whether packages/<name> is a published (not private) package. */
function isPublished(name: string): boolean {
  const manifest = join(docsDir, '..', 'packages', name, 'package.json');
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).private !== true;
}

/** The ids of a built page: the anchors a link may point to. */
function anchorsOf(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(`${site.url}/${path}`, { waitUntil: 'networkidle', timeout: PAGE_TIMEOUT });
  return { page, errors };
}

beforeAll(async () => {
  const vitepress = join(docsDir, 'node_modules', 'vitepress', 'bin', 'vitepress.js');
  await promisify(execFile)(process.execPath, [vitepress, 'build'], {
    cwd: docsDir,
    timeout: BUILD_TIMEOUT,
    env: { ...process.env, NO_COLOR: '1' },
  });
  site = await serveStatic(dist);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    timeout: PAGE_TIMEOUT,
  });
}, BUILD_TIMEOUT + 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the built site', () => {
  it('has the guide and reference pages, and an API reference page for every published package', () => {
    expect(existsSync(chromiumPath), `${chromiumPath} (apt-get install chromium)`).toBe(true);
    const pages = htmlPages(dist);
    const apiPages = (
      JSON.parse(readFileSync(join(docsDir, 'api', 'packages.json'), 'utf8')) as { link: string }[]
    ).map(({ link }) => `${link.slice(1)}.html`);
    expect(apiPages).toHaveLength(readdirSync(join(docsDir, '..', 'packages')).filter(isPublished).length);
    for (const page of [
      'index.html',
      'guide/quickstart.html',
      'guide/advanced.html',
      'reference/index.html',
      'api/index.html',
      ...apiPages,
    ]) {
      expect(pages).toContain(page);
    }
  });

  it('every page loads without a console error, its internal links and anchors resolve, its code blocks have copy buttons', async () => {
    const problems: string[] = [];
    for (const path of htmlPages(dist)) {
      const { page, errors } = await open(path);
      problems.push(...errors.map((e) => `${path}: ${e}`));
      const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href));
      const blocks = await page.locator('div[class*="language-"]').count();
      const copyButtons = await page.locator('div[class*="language-"] > button.copy').count();
      if (copyButtons !== blocks)
        problems.push(`${path}: ${blocks} code blocks, ${copyButtons} copy buttons`);
      await page.close();
      for (const href of new Set(hrefs)) {
        const target = new URL(href);
        if (target.origin !== site.url) continue;
        const file = fileFor(dist, target.pathname);
        if (!file) problems.push(`${path}: broken link ${target.pathname}`);
        else if (target.hash && !anchorsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
          problems.push(`${path}: broken anchor ${target.pathname}${target.hash}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('search finds raiseForStatus', async () => {
    const { page, errors } = await open('index.html');
    await page.click('.DocSearch-Button');
    await page.fill('#localsearch-input', 'raiseForStatus');
    const first = page.locator('.VPLocalSearchBox .result').first();
    await first.waitFor({ timeout: PAGE_TIMEOUT });
    const results = await page.locator('.VPLocalSearchBox .result').allTextContents();
    await page.close();
    // Results are sections: the Quickstart's, where raiseForStatus() is shown, among them.
    expect(results.length).toBeGreaterThan(0);
    expect(results).toContain('#QuickstartResponse Status Codes');
    expect(errors).toEqual([]);
  }, 60_000);

  it('every code block of the Quickstart has a copy button', async () => {
    const { page } = await open('guide/quickstart.html');
    const blocks = await page.locator('div[class*="language-"]').count();
    const buttons = await page.locator('div[class*="language-"] > button.copy').count();
    await page.close();
    expect(blocks).toBeGreaterThan(10);
    expect(buttons).toBe(blocks);
  }, 60_000);

  it('holds its layout at a phone width: a 375×667 screenshot, nothing wider than the screen', async () => {
    const { page, errors } = await open('guide/quickstart.html');
    await page.setViewportSize({ width: 375, height: 667 });
    const screenshot = await page.screenshot();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    const hamburger = await page.locator('.VPNavBarHamburger').isVisible();
    await page.close();
    // A PNG's IHDR holds the width and height (big-endian) at bytes 16 and 20.
    expect([screenshot.readUInt32BE(16), screenshot.readUInt32BE(20)]).toEqual([375, 667]);
    expect(overflow).toBeLessThanOrEqual(375);
    expect(hamburger).toBe(true);
    expect(errors).toEqual([]);
  }, 60_000);
});
