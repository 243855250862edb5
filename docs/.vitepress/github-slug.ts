// Heading anchors spelled the way GitHub spells them, so that one `#anchor` link works both
// on the site and when the Markdown is read on GitHub.

/** `Bad options (\`test/x.test.ts\`)` → `bad-options-testxtestts`. */
export function githubSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
