// Links from a page to a file of the repository outside docs/ (a package README, a test, an
// example) have no page on the site: they point at the file in the source repository instead.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { MarkdownOptions } from 'vitepress';

type MarkdownIt = Parameters<NonNullable<MarkdownOptions['config']>>[0];

/**
 * The address used while the repository has no public one: no `repository` field in the root
 * package.json and no `REQS_SOURCE_URL`. A placeholder, not a real repository (see docs/README.md).
 */
export const PLACEHOLDER_SOURCE_URL = 'https://github.com/reqs/reqs/tree/main';

/** `https://host/owner/name/tree/main` from the root package.json's `repository`, if it has one. */
export function repositorySourceUrl(packageJson: string): string | undefined {
  const { repository } = JSON.parse(packageJson) as { repository?: string | { url?: string } };
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  const web = url
    .replace(/^github:/, 'https://github.com/')
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
  return /^https?:\/\//.test(web) ? `${web}/tree/main` : undefined;
}

const rootPackageJson = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');

/** Where the repository's files are browsed: `REQS_SOURCE_URL`, else `repository`, else the placeholder. */
export const sourceUrl =
  process.env.REQS_SOURCE_URL ?? repositorySourceUrl(rootPackageJson) ?? PLACEHOLDER_SOURCE_URL;

/** Rewrites each relative link that leaves docs/ to `${sourceUrl}/<path from the repo root>`. */
export function sourceLinks(md: MarkdownIt): void {
  md.core.ruler.push('reqs-source-links', (state) => {
    const page = String(state.env.relativePath ?? '');
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== 'link_open') continue;
        const href = token.attrGet('href');
        if (!href || /^[a-z]+:|^#|^\//i.test(href)) continue;
        const fromRoot = posix.normalize(posix.join('docs', posix.dirname(page), href));
        if (fromRoot.startsWith('docs/')) continue;
        token.attrSet('href', `${sourceUrl}/${fromRoot}`);
      }
    }
  });
}
