// The address links to files outside docs/ point at: the repository field, else the placeholder.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SOURCE_URL, repositorySourceUrl, sourceUrl } from '../.vitepress/source-links.js';

describe('the source address of the site', () => {
  it('is taken from a repository field, in any of npm’s spellings', () => {
    const web = 'https://github.com/someone/reqs/tree/main';
    for (const repository of [
      'github:someone/reqs',
      'https://github.com/someone/reqs',
      { type: 'git', url: 'git+https://github.com/someone/reqs.git' },
      { type: 'git', url: 'git://github.com/someone/reqs.git' },
    ]) {
      expect(repositorySourceUrl(JSON.stringify({ repository })), JSON.stringify(repository)).toBe(web);
    }
  });

  it('is undefined without a usable repository field', () => {
    expect(repositorySourceUrl('{}')).toBeUndefined();
    expect(repositorySourceUrl(JSON.stringify({ repository: { type: 'git' } }))).toBeUndefined();
    expect(repositorySourceUrl(JSON.stringify({ repository: 'someone/reqs' }))).toBeUndefined();
  });

  it('is the placeholder while the root package.json has no repository and REQS_SOURCE_URL is unset', () => {
    const root = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    const expected = process.env.REQS_SOURCE_URL ?? repositorySourceUrl(root) ?? PLACEHOLDER_SOURCE_URL;
    expect(sourceUrl).toBe(expected);
  });
});
