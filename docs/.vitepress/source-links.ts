// Links from a page to a file of the repository outside docs/ (a package README, a test, an
// example) have no page on the site: they point at the file in the source repository instead.
import { posix } from 'node:path';
import type { MarkdownOptions } from 'vitepress';

type MarkdownIt = Parameters<NonNullable<MarkdownOptions['config']>>[0];

/** Where the repository's files are browsed; `REQS_SOURCE_URL` overrides it. */
export const sourceUrl = process.env.REQS_SOURCE_URL ?? 'https://github.com/reqs/reqs/tree/main';

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
