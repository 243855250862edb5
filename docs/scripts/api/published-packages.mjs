// The packages the reference covers: every non-private package of a packages/ folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every published package under `root`, sorted with `reqs` first, then by name.
 * @param {string} root
 * @returns {{ dir: string, name: string, description: string, slug: string }[]}
 */
export function publishedPackages(root) {
  return readdirSync(root)
    .map((entry) => join(root, entry))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private)
    .map(({ dir, manifest }) => ({
      dir,
      name: manifest.name,
      description: manifest.description ?? '',
      slug: manifest.name.replace(/^@[^/]+\//, ''),
    }))
    .sort((a, b) => (a.name === 'reqs' ? -1 : b.name === 'reqs' ? 1 : a.name.localeCompare(b.name)));
}
