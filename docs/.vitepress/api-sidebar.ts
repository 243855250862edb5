// The API reference's sidebar entries: one per package page that scripts/api-reference.mjs
// generated into api/ (listed in api/packages.json). The pages are generated, never committed,
// so a site built without them would be missing its reference: the build stops and says so.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const list = fileURLToPath(new URL('../api/packages.json', import.meta.url));

/** `{ text: '@reqs/core', link: '/api/core' }` for every generated package page. */
export function apiSidebarItems(): { text: string; link: string }[] {
  if (!existsSync(list)) {
    throw new Error(
      'docs/api/ has not been generated: run `pnpm --filter @reqs/docs build` (after the packages are built) or `pnpm docs:build`',
    );
  }
  const packages = JSON.parse(readFileSync(list, 'utf8')) as { name: string; link: string }[];
  return packages.map(({ name, link }) => ({ text: name, link }));
}
