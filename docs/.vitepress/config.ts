import { defineConfig } from 'vitepress';
import { apiSidebarItems } from './api-sidebar.js';
import { githubSlug } from './github-slug.js';
import { sourceLinks, sourceUrl } from './source-links.js';

export default defineConfig({
  title: 'reqs',
  description: 'HTTP for Humans, in TypeScript: Python Requests’ API on a fast undici transport.',
  lang: 'en-US',
  // Not pages: the package's own files (its README is about building and testing the site).
  srcExclude: ['README.md', 'test/**', 'scripts/**', 'node_modules/**'],
  rewrites: { 'reference/README.md': 'reference/index.md' },
  lastUpdated: false,
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  markdown: {
    anchor: { slugify: githubSlug },
    config: (md) => {
      md.use(sourceLinks);
    },
  },
  themeConfig: {
    search: { provider: 'local' },
    outline: 'deep',
    nav: [
      { text: 'Guide', link: '/guide/quickstart' },
      { text: 'Reference', link: '/reference/' },
      { text: 'API', link: '/api/' },
      { text: 'Source', link: sourceUrl },
    ],
    sidebar: [
      {
        text: 'Guide',
        items: [
          { text: 'Installation and TypeScript', link: '/guide/install' },
          { text: 'Quickstart', link: '/guide/quickstart' },
          { text: 'Advanced usage', link: '/guide/advanced' },
          { text: 'Authentication', link: '/guide/authentication' },
          { text: 'Adapters', link: '/guide/adapters' },
          { text: 'Cookies', link: '/guide/cookies' },
          { text: 'Streaming and uploads', link: '/guide/streaming' },
          { text: 'Errors', link: '/guide/errors' },
          { text: 'Many requests at once', link: '/many-requests' },
          { text: 'Hooks and tracing', link: '/hooks-and-tracing' },
          { text: 'Testing your code', link: '/testing' },
          { text: 'Caching', link: '/guide/caching' },
          { text: 'The reqs command', link: '/guide/cli' },
          { text: 'Runtimes', link: '/guide/runtimes' },
          { text: 'Coming from Python Requests', link: '/guide/coming-from-requests' },
          { text: 'Coming from fetch, axios, got, ky', link: '/guide/coming-from-fetch-axios' },
        ],
      },
      {
        text: 'Reference',
        items: [
          { text: 'Overview', link: '/reference/' },
          { text: 'Options', link: '/reference/options' },
          { text: 'Response and friends', link: '/reference/response' },
          { text: 'Errors', link: '/reference/errors' },
          { text: 'Hooks', link: '/reference/hooks' },
          { text: 'Swapping a layer', link: '/reference/layers' },
          { text: 'Differences from Requests', link: '/reference/divergences' },
          { text: 'Robustness', link: '/robustness' },
        ],
      },
      {
        text: 'API reference',
        collapsed: false,
        items: [{ text: 'All packages', link: '/api/' }, ...apiSidebarItems()],
      },
    ],
  },
});
